/**
 * Commonly used passwords of 8 or more characters (from public breach-frequency lists,
 * including those most common among Chinese users). Compared case-insensitively.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  '12345678', '123456789', '1234567890', '12345678910', '87654321', '11111111', '00000000',
  '88888888', '66666666', '99999999', '22222222', '55555555', '12341234', '11223344',
  '1qaz2wsx', '1q2w3e4r', '1q2w3e4r5t', 'qwertyui', 'qwerty123', 'qwertyuiop', 'asdfghjkl',
  'zxcvbnm1', 'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'admin123',
  'admin888', 'administrator', 'iloveyou', 'woaini1314', 'woaini520', '5201314520',
  '13145201314', 'a12345678', 'a123456789', 'abc12345', 'abc123456', 'abcd1234', 'abcdefgh',
  'aa123456', 'qq123456', 'qq5201314', 'aaaaaaaa', 'wang1234', 'zhang123', 'li123456',
  '147258369', '123123123', '123321123', '12344321', '123456abc', '123456aa', '123456qq',
  'a1234567', 'a1b2c3d4', 'sunshine', 'princess', 'football', 'baseball', 'welcome1',
  'dragon123', 'monkey123', 'superman', 'trustno1', 'letmein1', 'whatever', 'computer',
  'internet', 'shanghai', 'beijing1', 'zxcvbnm123', 'q1w2e3r4', 'qazwsxedc', '1qazxsw2',
  'zaq12wsx', '!qaz2wsx', 'test1234', 'changeme', 'welcome123', '20082008', '19491001',
  '5201314a', 'a5201314', 'iloveyou1', 'asd123456', 'asdf1234', 'zxc123456', '789456123',
  '741852963', '963852741', '159357456', '147852369', '000000000', '111111111', '1234qwer',
  'qwer1234', 'trellis123', 'trellis2026',
];

const COMMON = new Set(COMMON_PASSWORDS);

export function isCommonPassword(candidate: string): boolean {
  return COMMON.has(candidate.toLowerCase());
}
