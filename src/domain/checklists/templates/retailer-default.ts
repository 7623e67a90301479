import type { ChecklistTemplate } from '../checklist.ts';

/**
 * Written from the published Order 76 Art. 9 (进货查验、索证索票、建立台账、核对产品质量信息) and what an inspector
 * checks at a seller (seed 002 附件2 销售单位类 §3 and §5), adapted to a shop floor: shelves, receipts, 三包. Version 2
 * added R13–R14 (入库验收, the purchase ledger); a unit keeps its version until it re-imports.
 */
export const retailerDefaultChecklist: ChecklistTemplate = {
  templateId: 'retailer-default',
  title: '零售单位工业产品质量安全风险管控清单（通用）',
  kind: 'retailer',
  version: 2,
  items: [
    {
      code: 'R01',
      category: '进货查验',
      text: '进货查验、索证索票：从合法渠道进货，留存供货商资质、发票或进货凭证、产品合格证明',
      guidance: '核对当日到货的进货凭证和供货商资质，与进货台账一致',
    },
    {
      code: 'R02',
      category: '证照资质',
      text: '销售的生产许可或 CCC 认证范围内产品，已查验证书有效，无应获证而未获证的产品',
      guidance: '对照商品目录，在市场监管总局网站核验证书状态和有效期',
    },
    {
      code: 'R03',
      category: '合格证和认证标志',
      text: '上架产品附有合格证，CCC 目录内产品有 CCC 标志',
      guidance: '抽查货架和库存产品的合格证、CCC 标志',
    },
    {
      code: 'R04',
      category: '标识标签',
      text: '上架产品中文标识、说明书和安全警示标志齐全规范：产品名称、厂名厂址、规格型号、执行标准、生产日期或批号',
      guidance: '随机抽取货架产品逐项核对中文标签，缺失或不符的下架',
    },
    {
      code: 'R05',
      category: '货架陈列',
      text: '货架产品包装完好，无破损、受潮、变形；超过安全使用期或失效日期的产品已下架',
      guidance: '巡查货架，重点查看包装破损和标注安全使用期的产品',
    },
    {
      code: 'R06',
      category: '来源和价格异常',
      text: '进货价格明显低于市场正常价格，或产品来源不明、难以追溯到源头的，已列入风险清单，主动排查并报告属地市场监管部门',
      guidance: '比对当日进货价格与常规价格，核实无票据、无厂名厂址产品的来源',
    },
    {
      code: 'R07',
      category: '假冒伪劣',
      text: '得知或怀疑产品可能是假冒伪劣的，已主动停止销售并及时报告属地市场监管部门',
      guidance: '留意顾客反映、标识异常的产品，核对防伪信息，疑似的立即下架封存',
    },
    {
      code: 'R08',
      category: '召回和淘汰产品',
      text: '生产单位召回通知涉及的产品、国家明令淘汰产品和监督抽查不合格产品已下架、停止销售，并配合召回',
      guidance: '查看市场监管部门和生产单位当日发布的召回、抽查通报，核对货架和库存中有无相关批次',
    },
    {
      code: 'R09',
      category: '不合格品控制',
      text: '发现的不合格品和顾客退回的问题产品已隔离、标识、停止销售，处置情况已记录并报告质量安全总监',
      guidance: '查看问题产品存放区和处置记录，数量、去向与记录一致',
    },
    {
      code: 'R10',
      category: '仓储',
      text: '库房和货架储存条件符合产品要求，易燃易爆等危险品按规定隔离存放',
      guidance: '巡查库房和货架的防潮、通风、温度和消防条件',
    },
    {
      code: 'R11',
      category: '销售记录',
      text: '按规定开具销售凭证和三包凭证，重点产品的销售记录能追溯到批次',
      guidance: '抽查当日销售凭证和三包凭证开具情况',
    },
    {
      code: 'R12',
      category: '投诉和三包',
      text: '消费者投诉、退换货按三包规定处理并登记，涉及安全的问题已报告质量安全总监',
      guidance: '查看当日投诉和退换货登记，处理结果和上报情况是否记录',
    },
    {
      code: 'R13',
      category: '入库验收',
      text: '到货产品入库前验收：核对数量、规格型号、合格证明和包装，验收不合格的拒收并记录',
      guidance: '抽查当日入库批次的验收记录，与进货凭证、实物一致',
    },
    {
      code: 'R14',
      category: '进货台账',
      text: '建立进货台账，如实记录产品名称、规格型号、数量、生产单位、供货商及联系方式、进货日期，能追溯到供货商',
      guidance: '任选当日一个进货批次，核对台账记录与进货凭证是否一致',
    },
  ],
};
