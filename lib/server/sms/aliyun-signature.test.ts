import { describe, expect, it } from "vitest";
import { canonicalQuery, percentEncode, rpcSignature, signedQuery, stringToSign } from "./aliyun-signature";

/**
 * The worked example of Alibaba Cloud's SMS documentation ("签名机制", help.aliyun.com
 * document_detail/56189): AccessKeyId testId, AccessKeySecret testSecret, SendSms with these
 * parameters gives exactly this string-to-sign, signature and URL.
 */
const DOC_PARAMS = {
  AccessKeyId: "testId",
  Action: "SendSms",
  Format: "XML",
  OutId: "123",
  PhoneNumbers: "15300000001",
  RegionId: "cn-hangzhou",
  SignName: "阿里云短信测试专用",
  SignatureMethod: "HMAC-SHA1",
  SignatureNonce: "45e25e9b-0a6f-4070-8c85-2956eda1b466",
  SignatureVersion: "1.0",
  TemplateCode: "SMS_71390007",
  TemplateParam: '{"customer":"test"}',
  Timestamp: "2017-07-12T02:42:19Z",
  Version: "2017-05-25",
};
const DOC_STRING_TO_SIGN =
  "GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123%26PhoneNumbers%3D15300000001%26RegionId%3Dcn-hangzhou%26SignName%3D%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591%25E7%259F%25AD%25E4%25BF%25A1%25E6%25B5%258B%25E8%25AF%2595%25E4%25B8%2593%25E7%2594%25A8%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D45e25e9b-0a6f-4070-8c85-2956eda1b466%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_71390007%26TemplateParam%3D%257B%2522customer%2522%253A%2522test%2522%257D%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25";
const DOC_QUERY =
  "Signature=zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D&AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25";

describe("Alibaba Cloud RPC signature (ADR 056)", () => {
  it("reproduces the documented string-to-sign", () => {
    expect(stringToSign("GET", DOC_PARAMS)).toBe(DOC_STRING_TO_SIGN);
  });

  it("reproduces the documented signature and URL query", () => {
    expect(rpcSignature("GET", DOC_PARAMS, "testSecret")).toBe("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
    expect(signedQuery(DOC_PARAMS, "testSecret")).toBe(DOC_QUERY);
  });

  it("encodes by the documented rules: space %20, * %2A, ~ kept, Chinese as UTF-8", () => {
    expect(percentEncode("a b*c~d")).toBe("a%20b%2Ac~d");
    expect(percentEncode("!'()")).toBe("%21%27%28%29");
    expect(percentEncode("/=&+")).toBe("%2F%3D%26%2B");
    expect(percentEncode("派")).toBe("%E6%B4%BE");
  });

  it("leaves a Signature parameter out of what is signed and sorts by name", () => {
    expect(canonicalQuery({ b: "2", Signature: "x", a: "1" })).toBe("a=1&b=2");
  });
});
