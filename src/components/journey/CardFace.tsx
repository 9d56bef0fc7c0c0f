/** What a card shows on its face: its text (or （空卡片）), its tags, and, for screen readers, where it is. Memoised: a card re-renders its face only when the card or its place changes. */
import { memo } from 'react';
import { tagById, type Card } from '../../lib/journey';

export const CardFace = memo(function CardFace({ card, place }: { card: Card; place: string }) {
  const tags = card.tags.map((tag) => tagById(tag)).filter((tag) => tag !== undefined);
  return (
    <>
      <span className="jm-card-text">{card.text.trim() || '（空卡片）'}</span>
      {tags.length > 0 && (
        <span className="jm-tags">
          <span className="visually-hidden">标签：</span>
          {tags.map((tag) => (
            <span key={tag.id} className={`jm-tag jm-tag-${tag.group}`}>
              {tag.label}
            </span>
          ))}
        </span>
      )}
      <span className="visually-hidden">（{place}）</span>
    </>
  );
});
