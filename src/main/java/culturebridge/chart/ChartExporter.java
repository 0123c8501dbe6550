package culturebridge.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

import culturebridge.output.AtomicFiles;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;

/**
 * Writes charts to image files for the results folder: PNG for viewing, SVG and PDF for papers
 * (vector copies of the same layout). Files are written atomically, so a chart on disk is always
 * a complete image. Works headless ({@code java.awt.headless=true}).
 */
public final class ChartExporter {

    /** Default image width in pixels. */
    public static final int DEFAULT_WIDTH = 1200;
    /** Default image height in pixels. */
    public static final int DEFAULT_HEIGHT = 700;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** PDF points per layout unit (72 points per inch, 96 units per inch). */
    private static final float POINTS_PER_UNIT = 72f / ChartExport.SCREEN_DPI;

    private ChartExporter() {
    }

    /** Writes {@code chart} as a PNG of the given size. */
    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    /** Writes {@code chart} as a PNG of the default size ({@value #DEFAULT_WIDTH}x{@value #DEFAULT_HEIGHT}). */
    public static void writePng(JFreeChart chart, Path file) throws IOException {
        writePng(chart, file, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Writes {@code chart} in each of the export's formats as {@code dir/<name>.<format>}.
     *
     * @param name file name without extension
     * @return the files written, in the order of the export's formats
     */
    public static List<Path> write(JFreeChart chart, Path dir, String name, ChartExport export) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String format : export.formats()) {
            Path file = dir.resolve(name + "." + format);
            switch (format) {
                case "png" -> writePng(chart, file, export);
                case "svg" -> writeSvg(chart, file, export.width(), export.height());
                case "pdf" -> writePdf(chart, file, export.width(), export.height());
                default -> throw new IllegalArgumentException("unknown chart format " + format);
            }
            out.add(file);
        }
        return out;
    }

    /**
     * Writes the chart's layout of {@code width x height} units as a PNG at the export's dpi,
     * with the resolution recorded in the file (its pHYs chunk) so that a word processor places
     * it at the intended size.
     */
    static void writePng(JFreeChart chart, Path file, ChartExport export) throws IOException {
        if (export.dpi() == ChartExport.SCREEN_DPI) {
            writePng(chart, file, export.width(), export.height());
            return;
        }
        double scale = (double) export.dpi() / ChartExport.SCREEN_DPI;
        BufferedImage image = new BufferedImage(export.pixelWidth(), export.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(scale, scale);
        chart.draw(g, new Rectangle2D.Double(0, 0, export.width(), export.height()));
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        String dotsPerMetre = Long.toString(Math.round(export.dpi() / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", dotsPerMetre);
        phys.setAttribute("pixelsPerUnitYAxis", dotsPerMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
        AtomicFiles.write(file, out -> {
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, meta), param);
            } finally {
                writer.dispose();
            }
        });
    }

    /** Writes {@code chart} as an SVG drawing of {@code width x height} (Batik's SVG generator). */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            doc = f.newDocumentBuilder().getDOMImplementation().createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder for SVG: " + e.getMessage(), e);
        }
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new java.awt.Dimension(width, height));
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            g.stream(w, true);
            w.flush();
        });
        g.dispose();
    }

    /** Writes {@code chart} as a one-page PDF of {@code width x height} units (PDFBox). */
    public static void writePdf(JFreeChart chart, Path file, int width, int height) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle box = new PDRectangle(width * POINTS_PER_UNIT, height * POINTS_PER_UNIT);
            PDPage page = new PDPage(box);
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
            // text as text in PDF's standard fonts (searchable, small), outlines only for glyphs they lack
            g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            g.dispose();
            var form = g.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.transform(org.apache.pdfbox.util.Matrix.getScaleInstance(POINTS_PER_UNIT, POINTS_PER_UNIT));
                cs.drawForm(form);
            }
            doc.getDocumentInformation().setCreator("CultureBridge");
            AtomicFiles.write(file, doc::save);
        }
    }
}
