import { isJsonObject } from '../../src/lark/json-object.ts';
import { type CardNode, keyword, nodesOf, stringOf, textOf } from './card-nodes.ts';
import { larkMarkdownHtml } from './lark-markdown.ts';

function Cell({ value, dataType }: { value: unknown; dataType: string | undefined }) {
  if (dataType === 'lark_md' && typeof value === 'string') {
    return <span className="card-markdown" dangerouslySetInnerHTML={{ __html: larkMarkdownHtml(value) }} />;
  }
  if (dataType === 'options' && Array.isArray(value)) {
    return (
      <>
        {nodesOf(value).map((option, index) => (
          <span key={index} className={`lark-tag lark-colour-${keyword(option.color) ?? 'neutral'}`}>
            {stringOf(option.text) ?? textOf(option.text)}
          </span>
        ))}
      </>
    );
  }
  if (value === undefined || value === null) return null;
  return <>{isJsonObject(value) || Array.isArray(value) ? JSON.stringify(value) : String(value)}</>;
}

/** Lark's table component: named columns with a display name and a data type, rows keyed by column name. */
export function TableElement({ node }: { node: CardNode }) {
  const columns = nodesOf(node.columns).map((column) => ({
    name: stringOf(column.name) ?? '',
    title: stringOf(column.display_name) ?? stringOf(column.name) ?? '',
    dataType: stringOf(column.data_type),
  }));
  return (
    <table className="card-table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.name}>{column.title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {nodesOf(node.rows).map((row, index) => (
          <tr key={index}>
            {columns.map((column) => (
              <td key={column.name}>
                <Cell value={row[column.name]} dataType={column.dataType} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
