/**
 * The six customer personas of lecture 2 (content/lectures/2-cognition/personas.mdx), by the
 * name and motto their cards carry there: invented teaching scenarios (教学情景). The 双图 studio
 * offers them as the map's persona; tests/unit/data/personas.test.ts checks that the lecture page
 * still shows exactly these six.
 */
export interface Persona {
  name: string;
  tagline: string;
}

export const PERSONAS: readonly Persona[] = [
  { name: '刘导和她的 32 人团', tagline: '把一车人按时安顿好，我才能松口气。' },
  { name: '张阿姨和老伴', tagline: '走慢一点没关系，别让我们慌。' },
  { name: '林先生一家三口', tagline: '孩子开心了，全家才开心。' },
  { name: '何女士的一周调养', tagline: '我是来放空的，别打扰我，但要照顾好我。' },
  { name: '会务负责人赵经理', tagline: '会议一分钟都不能出岔子，出了岔子是我的责任。' },
  { name: '在线预订的小陈', tagline: '我看的是评分和照片，到店后别让我觉得被骗了。' },
];
