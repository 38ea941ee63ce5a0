#include "report/PeriodReportPdf.h"

#include "common/DisplayFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <QValueAxis>

namespace {

struct Section {
    QString title;
    QStringList measures;
};

QVector<Section> sections()
{
    const auto prefixed = [](const QString& prefix, const QStringList& keys) {
        QStringList out;
        for (const QString& k : keys)
            out.append(prefix + k);
        return out;
    };
    return {
        {PeriodReportPdf::tr("Children with a request and where they stand now"),
         {QStringLiteral("children_with_request"), QStringLiteral("children_waiting"),
          QStringLiteral("children_placed"), QStringLiteral("children_on_emergency_list")}},
        {PeriodReportPdf::tr("Children per priority ground"),
         prefixed(QStringLiteral("children_priority_"),
                  {QStringLiteral("work_or_training"), QStringLiteral("single_parent"), QStringLiteral("low_income"),
                   QStringLiteral("foster_child"), QStringLiteral("social_reasons")})},
        {PeriodReportPdf::tr("Children per age at the end of the period"),
         prefixed(QStringLiteral("children_age_"),
                  {QStringLiteral("unborn"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2_plus")})},
        {PeriodReportPdf::tr("Applications per channel, and the median wait"),
         {QStringLiteral("applications_online"), QStringLiteral("applications_counter"),
          QStringLiteral("applications_referrer"), QStringLiteral("applications_phone"),
          QStringLiteral("median_wait_days")}},
    };
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// The region's total of each measure as horizontal bars; a hidden figure stays flat and says so in the table.
QImage chartOf(const SmallCountSuppression::Shown* const* totals, const QStringList& measures)
{
    QChart chart;
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.legend()->hide();
    chart.setBackgroundRoundness(0);
    chart.setMargins(QMargins(8, 8, 28, 8)); // room for the last number of the axis
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(QString());
    set->setColor(QColor(0x00, 0x72, 0xB2));
    auto* axis = new QBarCategoryAxis;
    qint64 top = 5;
    // Bottom-up, so reversed: the first measure reads first, at the top.
    for (int i = int(measures.size()) - 1; i >= 0; --i) {
        const SmallCountSuppression::Shown* cell = totals[i];
        const bool shown = cell && cell->shown() && cell->cell.countsPeople;
        set->append(shown ? double(cell->cell.value) : 0.0);
        top = qMax(top, shown ? cell->cell.value : 0);
        axis->append(PeriodReportPdf::measureName(measures.at(i)));
    }
    series->append(set);
    chart.addSeries(series);
    auto* values = new QValueAxis;
    values->setRange(0, top * 1.1);
    values->setLabelFormat(QStringLiteral("%d"));
    values->applyNiceNumbers();
    chart.addAxis(axis, Qt::AlignLeft);
    chart.addAxis(values, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(values);
    // Laid out at the size it has on the page, drawn at three times the pixels: sharp when printed.
    const QSizeF size(640, 90 + 34 * measures.size());
    constexpr int kScale = 3;
    chart.resize(size);
    QGraphicsScene scene;
    scene.addItem(&chart);
    QImage image((size * kScale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size * kScale), QRectF(QPointF(0, 0), size));
    painter.end();
    scene.removeItem(&chart);
    return image;
}

} // namespace

QString PeriodReportPdf::measureName(const QString& m)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("children_with_request"), QT_TR_NOOP("Children with a request")},
        {QStringLiteral("children_waiting"), QT_TR_NOOP("still waiting")},
        {QStringLiteral("children_placed"), QT_TR_NOOP("placed")},
        {QStringLiteral("children_on_emergency_list"), QT_TR_NOOP("on the emergency list")},
        {QStringLiteral("median_wait_days"), QT_TR_NOOP("Median wait (days)")}};
    // Grounds, channels and age bands are worded as everywhere else in the client.
    if (m.startsWith(QLatin1String("children_age_")))
        return DisplayFormat::childAge(m.mid(int(qstrlen("children_age_"))));
    if (m.startsWith(QLatin1String("children_priority_")))
        return DisplayFormat::priorityGround(m.mid(int(qstrlen("children_priority_"))));
    if (m.startsWith(QLatin1String("applications_")))
        return DisplayFormat::channel(m.mid(int(qstrlen("applications_"))));
    const char* name = names.value(m);
    return name ? tr(name) : m;
}

bool PeriodReportPdf::write(const QString& path, const QVector<Report>& reports, QString* error)
{
    {
        // QPdfWriter says nothing when it cannot write: ask the file first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            *error = tr("The PDF could not be written to %1: %2").arg(path, probe.errorString());
            return false;
        }
    }
    QTextDocument document;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    const QLocale locale;
    int image = 0;
    for (const Report& report : reports) {
        // The title page.
        html += QStringLiteral("<h1 style=\"margin-top: 200px;\">%1</h1><h2>%2</h2><p>%3</p><p>%4</p>")
                    .arg(esc(tr("Period report childcare")), esc(report.regionName),
                         esc(tr("Applications filed from %1 to %2 (both days included).")
                                 .arg(locale.toString(report.from, QLocale::LongFormat),
                                      locale.toString(report.to, QLocale::LongFormat))),
                         esc(tr("Counted per child, not per application. Counts under 5 show as \"<5\"; a figure "
                                "that would let a hidden one be worked out shows as \"x\". Made on %1.")
                                 .arg(locale.toString(QDate::currentDate(), QLocale::LongFormat))));
        QStringList places;
        for (const auto& s : report.cells) {
            if (!places.contains(s.cell.municipality))
                places.append(s.cell.municipality);
        }
        for (const Section& section : sections()) {
            html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1 — %2</h2>")
                        .arg(esc(section.title), esc(report.regionName));
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr><th "
                                   "width=\"22%\">%1</th>")
                        .arg(esc(tr("Municipality")));
            for (const QString& m : section.measures)
                html += QStringLiteral("<th>%1</th>").arg(esc(measureName(m)));
            html += QStringLiteral("</tr>");
            QVector<const SmallCountSuppression::Shown*> totals(section.measures.size(), nullptr);
            for (const QString& place : qAsConst(places)) {
                const bool total = place == QLatin1String("*");
                html += QStringLiteral("<tr><td>%1</td>")
                            .arg(total ? QStringLiteral("<b>%1</b>").arg(esc(tr("Whole region"))) : esc(place));
                for (int i = 0; i < section.measures.size(); ++i) {
                    const SmallCountSuppression::Shown* cell = nullptr;
                    for (const auto& s : report.cells) {
                        if (s.cell.municipality == place && s.cell.measure == section.measures.at(i))
                            cell = &s;
                    }
                    if (total)
                        totals[i] = cell;
                    html += QStringLiteral("<td align=\"right\">%1</td>").arg(cell ? esc(cell->text) : QString());
                }
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table><p></p>");
            const QString name = QStringLiteral("chart%1.png").arg(++image);
            document.addResource(QTextDocument::ImageResource, QUrl(name),
                                 chartOf(totals.constData(), section.measures));
            html += QStringLiteral("<p><img src=\"%1\" width=\"640\"></p>").arg(name);
        }
        html += QStringLiteral("<p style=\"page-break-after: always;\"></p>");
    }
    html += QStringLiteral("</body></html>");
    document.setHtml(html);
    QPdfWriter pdf(path);
    pdf.setTitle(tr("Period report childcare"));
    pdf.setCreator(QStringLiteral("Opvangloket"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    document.print(&pdf);
    if (!QFile::exists(path) || QFileInfo(path).size() == 0) {
        *error = tr("The PDF could not be written to %1.").arg(path);
        return false;
    }
    return true;
}
