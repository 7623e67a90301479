import type { ChecklistTemplate } from '../checklist.ts';

/**
 * Written from the published Order 76 Art. 9 (进货查验、索证索票、建立台账、核对产品质量信息) and what an inspector checks at a seller
 * (seed 002 附件2 销售单位类 §3 and §5: price or origin anomalies, suspected counterfeits).
 */
export const wholesalerDefaultChecklist: ChecklistTemplate = {
  templateId: 'wholesaler-default',
  title: '批发单位工业产品质量安全风险管控清单（通用）',
  kind: 'wholesaler',
  version: 1,
  items: [
    {
      code: 'W01',
      category: '进货查验',
      text: '进货查验、索证索票：核验供货商营业执照等资质，索取并留存发票、产品合格证明和检验报告',
      guidance: '抽查当日到货批次，核对供货商资质、票据和检验报告，与进货台账一致',
    },
    {
      code: 'W02',
      category: '证照资质',
      text: '进货产品属于生产许可或 CCC 认证范围的，已查验证书有效，无应获证而未获证的产品',
      guidance: '对照产品目录，在市场监管总局网站核验证书状态、有效期和获证型号',
    },
    {
      code: 'W03',
      category: '合格证和认证标志',
      text: '产品附有合格证；CCC 目录内产品有 CCC 标志',
      guidance: '开箱抽查到货产品的合格证和 CCC 标志，与证书信息是否一致',
    },
    {
      code: 'W04',
      category: '标识标签',
      text: '产品中文标识齐全：产品名称、生产厂厂名厂址、规格型号、执行标准、生产日期或批号，需要的有安全警示说明',
      guidance: '抽取在库产品逐项核对中文标签和说明书，缺失或不符的暂停销售',
    },
    {
      code: 'W05',
      category: '入库验收',
      text: '入库验收：数量、批次、外观和包装完好，验收记录完整',
      guidance: '查看当日入库验收记录，与到货单和实物逐一核对',
    },
    {
      code: 'W06',
      category: '来源和价格异常',
      text: '进货价格明显低于市场正常价格，或产品来源不明、难以追溯到源头的，已列入风险清单，主动排查并报告属地市场监管部门',
      guidance: '比对当日进货价格与常规价格，核实无票据、无厂名厂址产品的来源',
    },
    {
      code: 'W07',
      category: '假冒伪劣',
      text: '得知或怀疑产品可能是假冒伪劣的，已主动停止销售并及时报告属地市场监管部门',
      guidance: '留意客户和供货商反映、标识异常的产品，核对防伪信息，疑似的立即封存',
    },
    {
      code: 'W08',
      category: '召回和淘汰产品',
      text: '生产单位召回通知涉及的产品、国家明令淘汰产品和监督抽查不合格产品已下架、停止销售，并配合召回',
      guidance: '查看市场监管部门和生产单位当日发布的召回、抽查通报，核对库存中有无相关批次',
    },
    {
      code: 'W09',
      category: '不合格品控制',
      text: '发现的不合格品已隔离、标识、停止销售，处置情况已记录并报告质量安全总监',
      guidance: '查看不合格品区和处置记录，数量、去向与记录一致',
    },
    {
      code: 'W10',
      category: '仓储',
      text: '库房储存条件符合产品要求：防潮、防晒、通风、温湿度、堆码高度，易燃易爆等危险品隔离存放',
      guidance: '巡查库房环境和分区，查看温湿度记录和消防条件',
    },
    {
      code: 'W11',
      category: '销售记录',
      text: '批发销售台账完整：购货方名称及联系方式、产品名称、规格型号、数量、批次、销售日期，能追溯每批去向',
      guidance: '抽查当日出库单与销售台账是否一致，能否按批次查到购货方',
    },
    {
      code: 'W12',
      category: '投诉和退货',
      text: '客户投诉、退货和质量反馈已登记处理，涉及安全的问题已报告质量安全总监并告知生产单位',
      guidance: '查看当日投诉和退货登记，处理结果和上报情况是否记录',
    },
  ],
};
