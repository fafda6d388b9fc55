import { Text } from 'recharts'

import { INK, tickStyle } from './chartStyle.js'

interface TickProps {
  x: number | string
  y: number | string
  payload: { value: unknown }
}

/**
 * The names down a horizontal bar chart (OPDs, categories): right-aligned against the bars, one line, cut
 * to the axis width with an ellipsis rather than wrapped into the next row.
 */
export const categoryTick = (rem: number, labelWidth: number) =>
  function CategoryTick(props: TickProps) {
    return (
      <Text
        x={Number(props.x) - rem * 0.4}
        y={Number(props.y)}
        width={labelWidth - rem * 0.5}
        maxLines={1}
        textAnchor="end"
        verticalAnchor="middle"
        {...tickStyle(rem, INK.text)}
      >
        {String(props.payload.value)}
      </Text>
    )
  }
