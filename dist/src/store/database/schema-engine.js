import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
let instantiation;
// Node 20 cannot import a .wasm module without an experimental flag, so the bytes are instantiated by hand, once per
// process: the bindings keep the instance in module state shared by every engine.
function instantiateWasm() {
    instantiation ??= (async () => {
        const packageFolder = path.dirname(createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm'));
        const bytes = readFileSync(path.join(packageFolder, 'schema_engine_bg.wasm'));
        const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
        bindings.__wbg_set_wasm(instance.exports);
        instance.exports.__wbindgen_start();
    })();
    return instantiation;
}
// engine.free() leaves the connections the engine opened alive; an SQLite connection left open keeps the file busy
// for the application's own client. Every adapter handed to the engine is therefore recorded and disposed here.
function recordingFactory(factory, opened) {
    return {
        provider: factory.provider,
        adapterName: factory.adapterName,
        async connect() {
            const adapter = await factory.connect();
            opened.push(adapter);
            return adapter;
        },
        async connectToShadowDb() {
            const adapter = await factory.connectToShadowDb();
            opened.push(adapter);
            return adapter;
        },
    };
}
export async function withSchemaEngine(schemaPath, factory, use) {
    await instantiateWasm();
    const schemaText = await readFile(schemaPath, 'utf8');
    const opened = [];
    const ignoreEngineLog = () => { };
    const engine = await bindings.SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, ignoreEngineLog, bindMigrationAwareSqlAdapterFactory(recordingFactory(factory, opened)));
    try {
        return await use(engine);
    }
    finally {
        engine.free();
        await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    }
}
//# sourceMappingURL=schema-engine.js.map