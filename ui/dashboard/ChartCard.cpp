#include "dashboard/ChartCard.h"

#include "report/CsvWriter.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QStackedWidget>
#include <QStyleHints>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

// Okabe & Ito's colours: told apart with each kind of colour blindness, and in grey print.
const QVector<QColor> kColours{QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                               QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00)};
constexpr qint64 kSmall = 5;

bool highContrast()
{
    // A dark or high-contrast window: the chart takes the window's own colours instead of a white card.
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < 100;
}

} // namespace

ChartCard::ChartCard(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_table(new QTableWidget(this))
    , m_tableButton(new QToolButton(this))
    , m_export(new QToolButton(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 260);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    m_tableButton->setText(tr("Table"));
    m_tableButton->setCheckable(true);
    m_tableButton->setToolTip(tr("Show the figures as a table (also read by screen readers)"));
    connect(m_tableButton, &QToolButton::toggled, this, [this](bool on) { m_stack->setCurrentIndex(on ? 1 : 0); });
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Picture (PNG)…"), this, [this]() { askExport(QStringLiteral("png")); });
    menu->addAction(tr("PDF…"), this, [this]() { askExport(QStringLiteral("pdf")); });
    menu->addAction(tr("Figures (CSV)…"), this, [this]() { askExport(QStringLiteral("csv")); });
    m_export->setMenu(menu);
    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_tableButton);
    head->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(head);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
    setAttribute(Qt::WA_StyledBackground);
    setObjectName(QStringLiteral("chartCard"));
    setStyleSheet(QStringLiteral("#chartCard { border: 1px solid palette(mid); border-radius: 4px; }"));
}

QString ChartCard::valueText(const ChartData::Series& series, qint64 value)
{
    if (series.people && value < kSmall)
        return tr("< 5");
    return QLocale().toString(value) + series.unit;
}

int ChartCard::dataIndex(int barIndex) const
{
    // Horizontal bars are drawn from the bottom up; reversed, the first category reads first, at the top.
    return m_data.horizontal ? int(m_data.categories.size()) - 1 - barIndex : barIndex;
}

bool ChartCard::showsTable() const
{
    return m_stack->currentIndex() == 1;
}

void ChartCard::setData(const ChartData& data)
{
    m_data = data;
    m_title->setText(data.title);
    m_note->setText(data.note);
    m_note->setVisible(!data.note.isEmpty());
    m_view->setAccessibleName(data.title);
    rebuildChart();
    rebuildTable();
}

void ChartCard::rebuildChart()
{
    auto* chart = new QChart;
    chart->legend()->setVisible(m_data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    if (highContrast())
        chart->setTheme(QChart::ChartThemeHighContrast);
    QAbstractBarSeries* bars = m_data.horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                                 : static_cast<QAbstractBarSeries*>(new QBarSeries);
    qint64 top = 0;
    for (int s = 0; s < m_data.series.size(); ++s) {
        const ChartData::Series& series = m_data.series.at(s);
        auto* set = new QBarSet(series.name);
        for (int i = 0; i < series.values.size(); ++i) {
            const qint64 v = series.values.at(dataIndex(i));
            // A small count of people stays flat: its height would give it away; hover and table say "< 5".
            set->append(series.people && v < kSmall ? 0.0 : double(v));
            top = qMax(top, v);
        }
        if (!highContrast())
            set->setColor(kColours.at(s % kColours.size()));
        set->setBorderColor(Qt::transparent);
        connect(set, &QBarSet::hovered, this, [this, s](bool on, int index) { onHovered(s, on, dataIndex(index)); });
        connect(set, &QBarSet::clicked, this, [this](int index) {
            const int at = dataIndex(index);
            if (at < m_data.drill.size() && !m_data.drill.at(at).isEmpty())
                emit drillRequested(m_data.drill.at(at));
        });
        bars->append(set);
    }
    chart->addSeries(bars);
    auto* categories = new QBarCategoryAxis;
    for (int i = 0; i < m_data.categories.size(); ++i)
        categories->append(m_data.categories.at(dataIndex(i)));
    categories->setTitleText(m_data.categoryTitle);
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    categories->setLabelsFont(small);
    auto* values = new QValueAxis;
    values->setRange(0, qMax<qint64>(top, 5) * 1.1);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTitleText(m_data.valueTitle);
    values->applyNiceNumbers();
    chart->addAxis(categories, m_data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, m_data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
    // Horizontal bars need a line of text per category: a taller chart instead of labels cut to "…".
    m_view->setMinimumHeight(m_data.horizontal ? qMax(260, 90 + 30 * int(m_data.categories.size())) : 260);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void ChartCard::rebuildTable()
{
    m_table->clear();
    m_table->setColumnCount(1 + m_data.series.size());
    m_table->setRowCount(m_data.categories.size());
    QStringList headers{QString()};
    for (const ChartData::Series& s : qAsConst(m_data.series))
        headers.append(s.name);
    m_table->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < m_data.categories.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_data.categories.at(row)));
        for (int s = 0; s < m_data.series.size(); ++s) {
            const ChartData::Series& series = m_data.series.at(s);
            auto* item = new QTableWidgetItem(valueText(series, series.values.value(row)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, s + 1, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void ChartCard::onHovered(int seriesIndex, bool on, int category)
{
    if (!on || seriesIndex >= m_data.series.size() || category >= m_data.categories.size()) {
        QToolTip::hideText();
        return;
    }
    const ChartData::Series& series = m_data.series.at(seriesIndex);
    QString text =
        QStringLiteral("%1 — %2: %3")
            .arg(m_data.categories.at(category), series.name, valueText(series, series.values.value(category)));
    if (category < m_data.drill.size() && !m_data.drill.at(category).isEmpty())
        text += QLatin1Char('\n') + tr("Click to open these applications");
    QToolTip::showText(QCursor::pos(), text, m_view);
}

bool ChartCard::exportPng(const QString& path, QString* error) const
{
    const QImage image = m_view->grab().toImage();
    if (image.isNull() || !image.save(path, "PNG")) {
        *error = tr("The picture could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

bool ChartCard::exportPdf(const QString& path, QString* error) const
{
    QPdfWriter pdf(path);
    pdf.setTitle(m_data.title);
    pdf.setCreator(QStringLiteral("Opvangloket"));
    pdf.setPageOrientation(QPageLayout::Landscape);
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = tr("The PDF could not be written to %1.").arg(path);
        return false;
    }
    const QRect page = painter.viewport();
    QFont heading = painter.font();
    heading.setPointSize(16);
    heading.setBold(true);
    painter.setFont(heading);
    const int headingHeight = page.height() / 12;
    painter.drawText(QRect(page.left(), page.top(), page.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     m_data.title);
    QFont body = painter.font();
    body.setPointSize(10);
    body.setBold(false);
    painter.setFont(body);
    const int noteHeight = m_data.note.isEmpty() ? 0 : page.height() / 16;
    painter.drawText(QRect(page.left(), page.top() + headingHeight, page.width(), noteHeight), Qt::TextWordWrap,
                     m_data.note);
    // The chart drawn as vectors into the page, not a screen picture: it stays sharp when printed.
    m_view->render(&painter, QRectF(page.left(), page.top() + headingHeight + noteHeight, page.width(),
                                    page.height() - headingHeight - noteHeight));
    painter.end();
    return true;
}

bool ChartCard::exportCsv(const QString& path, QString* error) const
{
    CsvWriter csv(path);
    if (!csv.open(error))
        return false;
    QStringList header{tr("Category")};
    for (const ChartData::Series& s : qAsConst(m_data.series))
        header.append(s.name);
    csv.writeRow(header);
    for (int row = 0; row < m_data.categories.size(); ++row) {
        QStringList fields{m_data.categories.at(row)};
        for (const ChartData::Series& s : qAsConst(m_data.series)) {
            const qint64 v = s.values.value(row);
            fields.append(s.people && v < kSmall ? QStringLiteral("<5") : QString::number(v));
        }
        csv.writeRow(fields);
    }
    return csv.commit(error);
}

void ChartCard::askExport(const QString& format)
{
    const QString filter = format == QLatin1String("png")   ? tr("PNG picture (*.png)")
                           : format == QLatin1String("pdf") ? tr("PDF document (*.pdf)")
                                                            : tr("CSV file (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export “%1”").arg(m_data.title),
                                                      m_data.id + QLatin1Char('.') + format, filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = format == QLatin1String("png")   ? exportPng(path, &error)
                    : format == QLatin1String("pdf") ? exportPdf(path, &error)
                                                     : exportCsv(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export"), error);
}
