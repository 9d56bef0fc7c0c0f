/**
 * Course metadata: the one place to change what every page shows about the course.
 * Trainer, dates and venue are empty by default; a host fills them in before class.
 * (The trainer biography in the source outline is deliberately never published.)
 */
export interface CourseMetadata {
  /** Course title, shown as the site title and on the home page. */
  title: string;
  subtitle: string;
  /** Who the course is written for. */
  audience: string[];
  durationDays: number;
  durationHours: number;
  /** Trainer's display name; empty string hides it everywhere. */
  trainer: string;
  /** Free-form dates, e.g. "2026 年 12 月 3–4 日"; empty hides it. */
  dates: string;
  venue: string;
  /** Short description used for the home page meta description. */
  description: string;
}

export const course: CourseMetadata = {
  title: '极致服务创造口碑客户',
  subtitle: '从满意到忠诚:服务体验的思维、认知、设计与管理',
  audience: ['酒店', '景区', '航空公司', '机场'],
  durationDays: 2,
  durationHours: 12,
  trainer: '',
  dates: '',
  venue: '',
  description:
    '两天 12 小时的服务体验课程:四讲课前阅读、案例与延伸阅读,以及在浏览器内运行的 NPS、KANO、SERVQUAL 课堂工具。',
};

/** Lines such as "讲师:…" for the pages that show the session's details; empty fields are left out. */
export function courseSessionDetails(meta: CourseMetadata = course): { label: string; value: string }[] {
  const details = [
    { label: '时长', value: `${meta.durationDays} 天 / ${meta.durationHours} 小时` },
    { label: '讲师', value: meta.trainer },
    { label: '日期', value: meta.dates },
    { label: '地点', value: meta.venue },
  ];
  return details.filter((detail) => detail.value.trim() !== '');
}
