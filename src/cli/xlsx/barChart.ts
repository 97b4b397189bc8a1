/**
 * A bar chart as DrawingML parts (xl/charts/chartN.xml and the drawing that places it on a sheet), written by hand:
 * ExcelJS, the workbook library of the project, cannot write charts. One series, horizontal bars, the categories in
 * sheet order from the top, the values' cache filled so that every reader shows the chart without recalculating.
 * Element order follows the ECMA-376 schema (Excel refuses a chart whose elements are out of order).
 */
import { absoluteRange, xmlText, XML_DECLARATION } from "./xml";

export interface BarChartSpec {
  title: string;
  /** The series' name (the values' column header). */
  seriesName: string;
  /** The sheet the data is on. */
  sheet: string;
  /** 0-based columns of the category labels and of the values; 0-based first and last data rows. */
  categoryCol: number;
  valueCol: number;
  fromRow: number;
  toRow: number;
  /** The data itself, for the caches: categories[i] and values[i] are row fromRow + i. */
  categories: readonly string[];
  values: readonly number[];
  /** Where the chart sits: 0-based top-left and bottom-right cells. */
  anchor: { fromCol: number; fromRow: number; toCol: number; toRow: number };
  /** Bar colour, RRGGBB. */
  color?: string;
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function barChartXml(spec: BarChartSpec): string {
  const n = spec.categories.length;
  const strPts = spec.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${xmlText(c)}</c:v></c:pt>`).join("");
  const numPts = spec.values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  const maxValue = Math.max(0, ...spec.values);
  // Whole numbers on the axis: a step of 1 up to 10 errors, Excel's own choice beyond.
  const majorUnit = maxValue <= 10 ? '<c:majorUnit val="1"/>' : "";
  const font = (size: number, bold: boolean) =>
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${xmlText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:v>${xmlText(spec.seriesName)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${spec.color ?? "C0392B"}"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:dLbls>${font(900, false)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/>` +
    `<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${xmlText(absoluteRange(spec.sheet, spec.categoryCol, spec.fromRow, spec.toRow))}</c:f>` +
    `<c:strCache><c:ptCount val="${n}"/>${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(absoluteRange(spec.sheet, spec.valueCol, spec.fromRow, spec.toRow))}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>${numPts}</c:numCache></c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="40"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    // Categories top to bottom in sheet order (worst first): the category axis runs max→min, so the value axis,
    // crossing at the maximum, sits at the bottom.
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${font(900, false)}<c:crossAx val="50020"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${font(900, false)}` +
    `<c:crossAx val="50010"/><c:crosses val="max"/><c:crossBetween val="between"/>${majorUnit}</c:valAx>` +
    `</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `</c:chartSpace>`
  );
}

/** The drawing part that places chart rId1 over the given cells. */
export function chartDrawingXml(anchor: BarChartSpec["anchor"], name: string): string {
  const cell = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">` +
    `<xdr:twoCellAnchor editAs="oneCell">` +
    cell("from", anchor.fromCol, anchor.fromRow) +
    cell("to", anchor.toCol, anchor.toRow) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlText(name)}"/><xdr:cNvGraphicFramePr/>` +
    `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}
