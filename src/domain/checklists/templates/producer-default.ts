import type { ChecklistTemplate } from '../checklist.ts';

/**
 * Written from the published Order 75 Art. 9 (the unit's own risk-control checklist), the 2010 producer guidance
 * (seed 004 §二(一): standards and 国家明令淘汰 products; §二(四): commissioned testing and 1–5, incoming inspection,
 * process control, outgoing inspection, traceability with 出货日期和地点, 三包 and complaints) and what an inspector
 * checks at a producer (seed 002 附件2 §3–4). Version 2 added P14–P18; a unit keeps its version until it re-imports.
 */
export const producerDefaultChecklist: ChecklistTemplate = {
  templateId: 'producer-default',
  title: '生产单位工业产品质量安全风险管控清单（通用）',
  kind: 'producer',
  version: 2,
  items: [
    {
      code: 'P01',
      category: '进货查验',
      text: '原辅材料、零部件进货查验：供货商资质、产品合格证明和检验报告齐全，按规定进厂检验并记入进货台账',
      guidance: '抽查当日到货批次，核对供货商资质和检验报告，查看进厂检验记录、进货台账与实物是否一致',
    },
    {
      code: 'P02',
      category: '进货查验',
      text: '进货的原材料、零部件属于生产许可或 CCC 认证范围的，已查验相应证书及其有效性',
      guidance: '对照当日进货清单，在市场监管总局网站核验生产许可证、CCC 证书的状态和有效期',
    },
    {
      code: 'P03',
      category: '证照资质',
      text: '本单位生产许可证、CCC 证书有效、在有效期内，标注内容与实际一致，未超范围生产，未获证产品未出厂销售',
      guidance: '核对证书有效期、获证产品范围与当日生产的型号规格；临近到期的及时报告质量安全总监',
    },
    {
      code: 'P04',
      category: '过程控制',
      text: '关键工序、关键控制点按工艺文件和标准执行，工艺参数在规定范围内',
      guidance: '到关键工序现场查看工艺参数、作业指导书执行情况和首件检验情况',
    },
    {
      code: 'P05',
      category: '过程控制',
      text: '投料记录、生产过程检验记录和关键环节质量控制记录真实、完整',
      guidance: '抽查当班投料记录和过程检验记录，签字、时间、批号齐全，与实际生产一致',
    },
    {
      code: 'P06',
      category: '出厂检验',
      text: '产品按标准逐批出厂检验，检验合格方可出厂；原始检验数据和检验报告存档，需要留样的按规定留样',
      guidance: '核对当日出厂批次的出厂检验报告，检验项目与产品标准一致，留样标识清楚',
    },
    {
      code: 'P07',
      category: '不合格品控制',
      text: '不合格原材料和不合格产品已隔离、标识、处置并如实记录，未以不合格品冒充合格品出厂',
      guidance: '查看不合格品区和处置记录，不合格品的数量、去向与记录一致',
    },
    {
      code: 'P08',
      category: '标识标签',
      text: '产品及包装标识、说明书、执行标准、安全警示标识符合法律法规和标准，认证标志和许可证标志使用规范',
      guidance: '抽取当日成品，逐项核对中文名称、厂名厂址、执行标准、生产日期或批号、警示说明和认证标志',
    },
    {
      code: 'P09',
      category: '质量追溯',
      text: '产品销售台账完整：产品名称、数量、生产日期、批号、购货者名称及联系方式、销售日期、出货日期和地点、检验合格证号，记录保存不少于两年',
      guidance: '任选当日一个出货批次，能否从批号追溯到原材料批次、出厂检验报告和购货者',
    },
    {
      code: 'P10',
      category: '设备和计量器具',
      text: '生产设备、检验设备和计量器具完好，在检定或校准有效期内',
      guidance: '查看关键设备点检记录和计量器具检定、校准标签，过期的停止使用并报告',
    },
    {
      code: 'P11',
      category: '仓储',
      text: '原材料、半成品和成品按规定条件储存，待检、合格、不合格分区存放，无受潮、损坏、混放',
      guidance: '巡查仓库温湿度、分区标识和堆码情况，账物相符',
    },
    {
      code: 'P12',
      category: '投诉和召回',
      text: '落实“三包”，消费者投诉、退货和质量反馈已登记处理；发现危及安全的缺陷已提出停止生产销售建议，按规定召回并报告',
      guidance: '查看当日投诉、三包和退货登记，处理结果是否记录，涉及安全的问题是否已报告质量安全总监',
    },
    {
      code: 'P13',
      category: '人员',
      text: '质量控制关键岗位人员和检验检测人员经培训合格后上岗',
      guidance: '核对当班关键岗位和检验人员是否在培训合格名单内，新上岗人员是否已培训',
    },
    {
      code: 'P14',
      category: '淘汰产品',
      text: '未生产国家明令淘汰的产品，未伪造产地、冒用他人厂名厂址或认证标志等质量标志',
      guidance: '对照国家明令淘汰产品目录核对当日生产的产品，查看标志使用情况',
    },
    {
      code: 'P15',
      category: '入库验收',
      text: '原辅材料、零部件和成品入库前验收，验收记录完整，未经验收或验收不合格的不入库',
      guidance: '抽查当日入库批次的验收记录，与入库单、实物一致',
    },
    {
      code: 'P16',
      category: '委托加工',
      text: '委托加工的，受托方资质和加工质量在控，委托合同、技术要求和收货检验记录完整',
      guidance: '查看当日委托加工批次的合同、技术要求和收货检验记录，问题批次是否已处置',
    },
    {
      code: 'P17',
      category: '委托检验',
      text: '本单位没有检验能力的项目，已签订合同委托经资质认定的机构检验，检验报告在有效期内并存档',
      guidance: '核对需委托检验的项目清单和检验报告，报告出具机构具备资质认定',
    },
    {
      code: 'P18',
      category: '执行标准',
      text: '产品执行的标准现行有效；执行企业标准的，已依照标准化法规定自我声明公开（备案）',
      guidance: '核对当日生产产品标注的执行标准编号是否现行，企业标准的公开（备案）情况',
    },
  ],
};
