/** A ringed point on an emotion curve (its peak or its end), labelled above or below it. */
export function CurveMark({ x, y, above, text }: { x: number; y: number; above: boolean; text: string }) {
  return (
    <g className="jm-mark">
      <circle cx={x} cy={y} r={10} fill="none" />
      <text x={x} y={above ? y - 15 : y + 26} textAnchor="middle">
        {text}
      </text>
    </g>
  );
}
