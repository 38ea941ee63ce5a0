#include "RuleSetDialog.h"

#include "common/DisplayFormat.h"
#include "common/UiLanguage.h"
#include "domain/RegionCatalog.h"
#include "domain/allocation/RuleSet.h"
#include "domain/allocation/RuleSetCatalog.h"
#include "store/records/RegionRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

RuleSetDialog::RuleSetDialog(LocalCache& cache, const AccountInfo& account, const QString& regionId, QWidget* parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_account(account)
    , m_region(new QComboBox(this))
    , m_text(new QTextBrowser(this))
    , m_choice(new QComboBox(this))
    , m_use(new QPushButton(tr("&Use for this region"), this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("ruleSetDialog"));
    setWindowTitle(tr("Priority rules"));
    m_region->setAccessibleName(tr("Region"));
    const bool everywhere = account.role == QLatin1String("admin");
    for (const Region& r : RegionCatalog::regions()) {
        if (everywhere || account.regionIds.contains(r.id))
            m_region->addItem(r.name, r.id);
    }
    m_region->setCurrentIndex(qMax(0, m_region->findData(regionId)));
    m_text->setOpenExternalLinks(true);
    m_text->setAccessibleName(tr("The priority rules in plain words"));
    m_choice->setAccessibleName(tr("Rule set"));
    for (const RuleSet& set : RuleSetCatalog::builtIn().ruleSets())
        m_choice->addItem(set.name(UiLanguage::code()), set.id());
    m_note->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Region:"), this));
    top->addWidget(m_region, 1);
    auto* choose = new QHBoxLayout;
    choose->addWidget(m_choice, 1);
    choose->addWidget(m_use);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addLayout(choose);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_region, &QComboBox::currentIndexChanged, this, &RuleSetDialog::showRegion);
    connect(m_use, &QPushButton::clicked, this, &RuleSetDialog::useChosen);
    resize(760, 620);
    showRegion();
}

bool RuleSetDialog::mayChoose(const QString& regionId) const
{
    return m_account.role == QLatin1String("admin") ||
           (m_account.role == QLatin1String("coordinator") && m_account.regionIds.contains(regionId));
}

QString RuleSetDialog::describe(const RuleSet& rules, bool chosen)
{
    const QString lang = UiLanguage::code();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(rules.name(lang)));
    const QString valid = rules.validTo().isValid()
                              ? tr("In force from %1 to %2.")
                                    .arg(DisplayFormat::date(rules.validFrom()), DisplayFormat::date(rules.validTo()))
                              : tr("In force since %1.").arg(DisplayFormat::date(rules.validFrom()));
    html += QStringLiteral("<p class='explain'>%1 %2</p>")
                .arg(esc(valid), esc(chosen ? tr("Chosen for this region.")
                                            : tr("Used because it is in force today (no set was chosen for this "
                                                 "region).")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(RuleSet::textIn(rules.toJson().value(QLatin1String("summary")).toObject(), lang)));
    html += QStringLiteral("<h3>%1</h3><ol>").arg(esc(tr("Who comes first, at each location")));
    for (int i = 0; i < rules.tiers().size(); ++i)
        html += QStringLiteral("<li>%1</li>").arg(esc(rules.tierLabel(i + 1, lang)));
    html += QStringLiteral("</ol><p>%1</p>")
                .arg(esc(tr("Families with the same priority are ranked by a lottery: one number per child, drawn "
                            "once for the whole allocation, so no family is favoured at one location and not at "
                            "another.")));
    if (rules.reservedShare()) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(tr("Places kept for some families")),
                         esc(tr("%1 of the places of each location are kept for %2. Places they do not take go to "
                                "the other families.")
                                 .arg(QStringLiteral("%1 %").arg(qRound(rules.reservedShare()->share * 100)),
                                      RuleSet::textIn(rules.reservedShare()->label, lang))));
    }
    QString sources;
    for (const QJsonValue& v : rules.toJson().value(QLatin1String("sources")).toArray()) {
        const QJsonObject s = v.toObject();
        sources +=
            QStringLiteral("<li><a href='%1'>%2</a></li>")
                .arg(esc(s.value(QLatin1String("url")).toString()), esc(s.value(QLatin1String("title")).toString()));
    }
    if (!sources.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(esc(tr("Sources")), sources);
    return html;
}

void RuleSetDialog::showRegion()
{
    const QString regionId = m_region->currentData().toString();
    RegionRules rules(m_cache);
    const RuleSet* active = rules.active(regionId);
    m_text->setHtml(active ? describe(*active, rules.isChosen(regionId))
                           : QStringLiteral("<p>%1</p>").arg(esc(tr("No priority rule set is in force."))));
    if (active)
        m_choice->setCurrentIndex(qMax(0, m_choice->findData(active->id())));
    const bool may = mayChoose(regionId);
    m_choice->setEnabled(may);
    m_use->setEnabled(may);
    m_note->setText(may ? QString()
                        : tr("Only the region's coordinator or an administrator can choose another rule set."));
}

void RuleSetDialog::useChosen()
{
    const QString regionId = m_region->currentData().toString();
    QString error;
    if (!RegionRules(m_cache).choose(regionId, m_choice->currentData().toString(), &error)) {
        m_note->setText(tr("Not changed: %1").arg(error));
        return;
    }
    showRegion();
    m_note->setText(tr("Chosen. The next joint allocation of this region uses these rules once the change is sent."));
    emit ruleSetChosen();
}

QString RuleSetDialog::html() const
{
    return m_text->toHtml();
}
