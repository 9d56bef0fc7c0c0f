/**
 * 课前阅读 (pre-reading): what participants read before the course, in one place. The home page
 * (CourseOverview.astro), 课程安排与学习路径 (content/overview.mdx) and the trainer's notice to
 * participants (content/trainer/index.mdx) all render it with PreReading.astro.
 */

export interface PreReadingStep {
  /** What to read or do, one sentence. */
  text: string;
  links: { label: string; href: string }[];
}

/** Minutes a page takes to read on a phone. */
export const minutesPerPage = 8;

export const preReadingSteps: PreReadingStep[] = [
  {
    text: '必读：第一讲和第二讲的导读页及必读页，先想清楚“满意为什么不够”和“不同客群要的东西不一样”。',
    links: [
      { label: '第一讲 思维篇', href: '/lectures/1-mindset/' },
      { label: '第二讲 认知篇', href: '/lectures/2-cognition/' },
    ],
  },
  {
    text: '浏览：第三讲和第四讲的导读页，看一看学习目标；这两讲课上有大量练习，正文可以课后细读。',
    links: [
      { label: '第三讲 设计篇', href: '/lectures/3-design/' },
      { label: '第四讲 管理篇', href: '/lectures/4-management/' },
    ],
  },
  {
    text: '准备：选一个你们单位最重要的客群，想一想他们最常抱怨什么、最常表扬什么；有近期的满意度或推荐打分数据，请去掉姓名和电话后带来。',
    links: [],
  },
  {
    text: '有时间再看案例和延伸阅读；遇到不熟悉的词，查术语表。',
    links: [
      { label: '案例', href: '/cases/' },
      { label: '延伸阅读', href: '/reading/' },
      { label: '术语表', href: '/glossary/' },
    ],
  },
];

/** One line for places with little room (the home page's card). */
export const preReadingSummary = `课前读第一、二讲的导读和必读页，浏览第三、四讲的学习目标（每页约 ${minutesPerPage} 分钟，手机即可），再想好本单位最重要的一个客群。`;
