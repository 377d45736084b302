// 保密审查 at 签发: the standard wording the department's reviewer confirms,
// stored with each sign-off as it read then.
export const CONFIDENTIALITY_STATEMENT =
  '本人已按照《中华人民共和国保守国家秘密法》《中华人民共和国政府信息公开条例》和本单位保密审查制度，对本报告进行了保密审查，确认报告不含国家秘密、工作秘密以及其他依法不予公开的内容，同意公开。';
