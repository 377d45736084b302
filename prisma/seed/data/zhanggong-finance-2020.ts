// The real published 2020 report of 章贡区财政局 (章贡区财政局2020年政府信息公开工作年度报告,
// dated 2021-01-20), as structured report content: its text as published
// (punctuation as in the source), every number of its tables, and the totals
// as printed. Section 一's sub-headings, printed run-in ("(一)主动公开情况。…"),
// are kept as heading blocks. Format: gov-2019 (国办公开办函〔2019〕60号).
import type { ReportContent } from '@/lib/report-format/content';

export const ZHANGGONG_FINANCE_2020_PUBLISHED_AT = '2021-01-20T09:00:00+08:00';

export const zhanggongFinance2020: ReportContent = {
  "schemaVersion": 1,
  "preamble": "本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称新《条例》)和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)要求,由章贡区财政局结合有关统计数据编制。本年度报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本年度报告的电子版可在章贡区人民政府网站下载。如对本报告有任何疑问,请与章贡区财政局联系(地址:章贡区客家大道19号,电话:0797-8195855,邮编:gzzgcz@163.com)。",
  "sections": {
    "s1": [
      {
        "type": "paragraph",
        "text": "2020年章贡区财政局坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的十九大和十九届二中、三中、四中、五中全会精神,严格落实《国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知》(国办发〔2016〕80号)和《国务院办公厅关于印发2020年政务公开工作要点的通知》(国办发〔2020〕17号)的要求。同时积极落实基层政务公开标准化规范化工作,明确目标任务,紧紧围绕省委、省政府中心工作及社会群众关注关切,着力提升政府信息公开质量,推进拓宽政府信息公开渠道,不断增强政府信息公开实效。"
      },
      {
        "type": "heading",
        "text": "(一)主动公开情况"
      },
      {
        "type": "paragraph",
        "text": "2020年,在区委、区政府的坚强领导下,我局以“公开为原则,不公开为例外”为工作要求,妥善处理公开与保密的关系,合理界定信息公开范围,严格做到积极稳妥、及时准确,把政府信息公开工作做为加强社会监督、建设“五型”政府的重要抓手。2020年全年共公开信息408篇,其中概况信息4篇,法规文件6篇,规划计划1篇,工作动态381篇,人事信息3篇,财经信息12篇,年度报告1篇。"
      },
      {
        "type": "paragraph",
        "text": "做好管理公开,将机构职能信息、机构职能目录向社会公开;完善服务公开,对权责清单、收费清单进行集中分类展示;持续结果公开,对社会广泛关注、关系国计民生的人大代表建议和政协委员提案的复函及时向社会公开;按要求执行公开,即重点领域信息公开,及时将财政预决算相关信息对外公布。"
      },
      {
        "type": "heading",
        "text": "(二)依申请公开情况"
      },
      {
        "type": "paragraph",
        "text": "我局高度重视依申请公开工作,局办公室为受理依申请公开政务信息的机构。2020年度我局未收到政府信息公开申请,原则上不涉密的信息已按要求转为主动公开。"
      },
      {
        "type": "heading",
        "text": "(三)政府信息管理"
      },
      {
        "type": "paragraph",
        "text": "我局出台《关于章贡区财政局2020年政务公开工作实施方案》等文件,对政务公开工作进行了明确、强调和完善。"
      },
      {
        "type": "paragraph",
        "text": "贯彻落实标准化规范化建设。认真贯彻落实《章贡区开展基层政务公开标准化规范化工作实施方案》(区府办字〔2020〕32号)文件精神,对“编制26个领域政务公开标准目录”中的“财政预决算领域”进行目录编制。"
      },
      {
        "type": "paragraph",
        "text": "严格实行信息审核发布机制。在政府网站发布信息,严格履行审批、备案手续,坚持 “谁主管、谁审批、谁负责”的原则,由股室分管领导对拟上传到门户网站的政务信息进行审核后上传,确保政务信息公开的准确性、规范性、完整性和时效性。"
      },
      {
        "type": "heading",
        "text": "(四)平台建设情况"
      },
      {
        "type": "paragraph",
        "text": "2020年我局将章贡区人民政府网政务公开栏目和“章贡财政”微信公众号作为信息公开的主阵地,集中精力做好信息发布工作。"
      },
      {
        "type": "paragraph",
        "text": "持续提升政府网站建设水平。通过优化网站栏目设置,及时主动公开政府信息,提升公开信息集中度,丰富公开信息内容,新增“六稳”“六保”工作专栏,在“章贡区政务公开事项标准目录”网站专栏中发布“章贡区财政预决算领域基层政务公开标准目录”,充分发挥政府网站作为政府信息公开第一平台的作用。"
      },
      {
        "type": "paragraph",
        "text": "推动政务新媒体健康有序发展。安排专人对我局的微信公众平台进行维护,借助新媒体平台,第一时间及时准确发布权威声音,正确引导舆论。同时注重公开方式多样化,发挥手机APP、赣政通、学习强国等平台的作用,拓宽宣传载体。"
      },
      {
        "type": "heading",
        "text": "(五)监督保障"
      },
      {
        "type": "paragraph",
        "text": "推进财政公文、信息的主动公开,对涉及财政信息网站各栏目信息保障情况,实行量化评价考核。"
      },
      {
        "type": "paragraph",
        "text": "强化监督机制。广泛听取基层和群众对信息公开工作的意见和要求,充分发挥社会监督作用,确保公开内容的真实性、全面性和有效性。"
      },
      {
        "type": "paragraph",
        "text": "制定工作考评。印发《2020年度章贡区财政局信息宣传工作考核办法》,定期对各股室、信息员信息公开工作完成情况、信息质量等进行监督考评,将政务公开工作纳入各股室、中心年终考核,通过发挥考核的“指挥棒”作用,督促各股室、中心抓好政务公开。"
      }
    ],
    "s5": [
      {
        "type": "paragraph",
        "text": "2020年,我局政务公开工作总体有序开展,运行状况较好,但也存在一些问题:信息公开内容的深度和广度不够,宣传力度不大,群众对信息公开内容关注度不高。"
      },
      {
        "type": "paragraph",
        "text": "为此,我局将通过以下几方面来完善政务公开相关工作:"
      },
      {
        "type": "paragraph",
        "text": "一是丰富信息公开内容,将百姓关注点或与群众密切相关的工作信息进行及时公开,切实回应民众关切。"
      },
      {
        "type": "paragraph",
        "text": "二是加大信息宣传力度,发挥政务新媒体作用,与社区志愿服务等其他活动相结合,扩大信息宣传覆盖面。"
      },
      {
        "type": "paragraph",
        "text": "三是增强队伍建设,组织政务人员加强对《中华人民共和国政府信息公开条例》的学习,提高组织信息公开人员的综合素质和技术能力,增强推送信息的时效性、针对性,拓宽信息内容的广度和深度。"
      }
    ],
    "s6": [
      {
        "type": "paragraph",
        "text": "章贡区财政局网站,如需了解更多政府信息,请登录查询。"
      }
    ]
  },
  "tables": {
    "t2_art20_1": {
      "regulations": {
        "newly_made": 0,
        "newly_published": 0,
        "total_published": 0
      },
      "normative_documents": {
        "newly_made": 2,
        "newly_published": 2,
        "total_published": 19
      }
    },
    "t2_art20_5": {
      "administrative_licensing": {
        "prev_year_items": 1,
        "change": 0,
        "decisions": 0
      },
      "other_external_services": {
        "prev_year_items": 7,
        "change": -2,
        "decisions": 0
      }
    },
    "t2_art20_6": {
      "administrative_penalty": {
        "prev_year_items": 44,
        "change": 0,
        "decisions": 0
      },
      "administrative_coercion": {
        "prev_year_items": 0,
        "change": 0,
        "decisions": 0
      }
    },
    "t2_art20_8": {
      "administrative_fees": {
        "prev_year_items": 0,
        "change": 0
      }
    },
    "t2_art20_9": {
      "government_central_procurement": {
        "procurement_items": 5,
        "procurement_amount": {
          "amount": 172621.8,
          "unit": null
        }
      }
    },
    "t3_applications": {
      "new_received": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "carried_over": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "granted": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "partially_granted": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "denied_state_secret": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "denied_prohibited_by_law": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "denied_three_safeties_one_stability": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "denied_third_party_rights": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "denied_internal_affairs": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "denied_process_information": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "denied_enforcement_files": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "denied_administrative_query": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "unable_not_held": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "unable_needs_creation": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "unable_unclear_after_correction": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "not_processed_petition_complaint": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "not_processed_duplicate": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "not_processed_publication": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "not_processed_excessive": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "not_processed_confirm_or_reissue": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "other": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      },
      "carried_forward": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0
      }
    },
    "t4_review_litigation": {
      "count": {
        "review_upheld": 0,
        "review_corrected": 0,
        "review_other": 0,
        "review_pending": 0,
        "litigation_direct_upheld": 0,
        "litigation_direct_corrected": 0,
        "litigation_direct_other": 0,
        "litigation_direct_pending": 0,
        "litigation_after_review_upheld": 0,
        "litigation_after_review_corrected": 0,
        "litigation_after_review_other": 0,
        "litigation_after_review_pending": 0
      }
    }
  },
  "printedTotals": {
    "t3_applications": {
      "new_received": {
        "total": 0
      },
      "carried_over": {
        "total": 0
      },
      "granted": {
        "total": 0
      },
      "partially_granted": {
        "total": 0
      },
      "denied_state_secret": {
        "total": 0
      },
      "denied_prohibited_by_law": {
        "total": 0
      },
      "denied_three_safeties_one_stability": {
        "total": 0
      },
      "denied_third_party_rights": {
        "total": 0
      },
      "denied_internal_affairs": {
        "total": 0
      },
      "denied_process_information": {
        "total": 0
      },
      "denied_enforcement_files": {
        "total": 0
      },
      "denied_administrative_query": {
        "total": 0
      },
      "unable_not_held": {
        "total": 0
      },
      "unable_needs_creation": {
        "total": 0
      },
      "unable_unclear_after_correction": {
        "total": 0
      },
      "not_processed_petition_complaint": {
        "total": 0
      },
      "not_processed_duplicate": {
        "total": 0
      },
      "not_processed_publication": {
        "total": 0
      },
      "not_processed_excessive": {
        "total": 0
      },
      "not_processed_confirm_or_reissue": {
        "total": 0
      },
      "other": {
        "total": 0
      },
      "carried_forward": {
        "total": 0
      },
      "total_processed": {
        "natural_person": 0,
        "legal_commercial": 0,
        "legal_research": 0,
        "legal_public_interest": 0,
        "legal_legal_services": 0,
        "legal_other": 0,
        "total": 0
      }
    },
    "t4_review_litigation": {
      "count": {
        "review_total": 0,
        "litigation_direct_total": 0,
        "litigation_after_review_total": 0
      }
    }
  },
  "carried": [],
  "signature": {
    "organization": "章贡区财政局",
    "date": "2021-01-20"
  }
};
