#include "ui/admin/creditratetable.h"

#include "core/billing/moneydisplay.h"
#include "ui/admin/creditformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <iterator>

namespace parley::ui {
namespace {

// The table's columns after the country and its calling code: allPricingCategories, in order.
constexpr int firstPriceColumn = 2;

// The presets' names in the user's language; core's English name for any other plan. Their
// amounts come from the plan through moneyDisplay(), so that the names write money as the rest
// of the page does ("$0.005" in ja and en_US, "US$ 0,005" in pt_BR, "US$0.005" in zh_CN).
QString planTitle(const RatePlan &plan)
{
    if (plan.id == QLatin1String("desk_session"))
        return CreditRateTable::tr("Session messages, tiered by monthly volume");
    if (plan.id == QLatin1String("desk_country"))
        return CreditRateTable::tr("Templates by destination country plus the session rate");
    if (plan.id == QLatin1String("im_credit"))
        return CreditRateTable::tr("IM credits at %1, WhatsApp's rates deducted")
            .arg(moneyDisplay(packPrice(plan)));
    if (plan.id == QLatin1String("message_points"))
        return CreditRateTable::tr("Points of %1 messages, %2 each")
            .arg(creditsText(plan.pack.credits), moneyDisplay(plan.creditValue));
    return plan.name;
}

QString tierLines(const RatePlan &plan)
{
    QStringList lines;
    const QLocale locale;
    qint64 from = 1;
    for (const SessionTier &tier : plan.sessionTiers) {
        const QString price = moneyDisplay(tier.price);
        if (tier.upToMessage == 0 && from == 1)
            lines << CreditRateTable::tr("Every session message: %1").arg(price);
        else if (tier.upToMessage == 0)
            lines << CreditRateTable::tr("Session messages from %1 on: %2")
                         .arg(locale.toString(from), price);
        else
            lines << CreditRateTable::tr("Session messages %1 to %2 of the month: %3 each")
                         .arg(locale.toString(from), locale.toString(tier.upToMessage), price);
        from = tier.upToMessage + 1;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CreditRateTable::CreditRateTable(QWidget *parent)
    : QWidget(parent), m_preset(new QComboBox(this)), m_summary(new QLabel(this)),
      m_editHint(new QLabel(tr("Double-click a price to change it; it is saved when you press "
                               "Enter."),
                            this)),
      m_templates(new QTableWidget(this)), m_use(new QPushButton(tr("Use this plan"), this))
{
    m_preset->setObjectName(QStringLiteral("planPreset"));
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_templates->setObjectName(QStringLiteral("rateTable"));
    m_editHint->setObjectName(QStringLiteral("rateEditHint"));
    m_editHint->setWordWrap(true);
    m_editHint->hide();
    m_templates->setAccessibleName(tr("Rates"));
    m_use->setObjectName(QStringLiteral("usePlan"));
    for (const RatePlan &plan : presetRatePlans())
        m_preset->addItem(planTitle(plan), plan.id);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QStringList headers{tr("Country"), tr("Calling code")};
    for (PricingCategory category : allPricingCategories)
        headers << pricingCategoryText(category);
    m_templates->setColumnCount(int(headers.size()));
    m_templates->setHorizontalHeaderLabels(headers);
    m_templates->verticalHeader()->hide();
    m_templates->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Plan:"), this));
    top->addWidget(m_preset, 1);
    top->addWidget(m_use);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Template messages, per message, by destination:"), this));
    layout->addWidget(m_editHint);
    layout->addWidget(m_templates);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        fill(shownRatePlan());
        updateButton();
    });
    connect(m_use, &QPushButton::clicked, this, [this] { emit planChosen(shownPlan()); });
    connect(m_templates, &QTableWidget::itemChanged, this, &CreditRateTable::priceTyped);
    fill(presetRatePlans().first());
    updateButton();
}

void CreditRateTable::setCurrentPlan(const QString &planId)
{
    m_current = planId;
    for (int i = 0; i < m_preset->count(); ++i) {
        const std::optional<RatePlan> plan = presetPlan(m_preset->itemData(i).toString());
        const QString title = plan ? planTitle(*plan) : QString();
        m_preset->setItemText(i, m_preset->itemData(i) == planId ? tr("%1 (current)").arg(title)
                                                                 : title);
    }
    showPlan(planId);
}

QString CreditRateTable::shownPlan() const
{
    return m_preset->currentData().toString();
}

void CreditRateTable::showPlan(const QString &planId)
{
    const int index = m_preset->findData(planId);
    if (index >= 0)
        m_preset->setCurrentIndex(index);
    updateButton();
}

void CreditRateTable::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
    updateEditTriggers(); // no price is typed while one is being saved
}

void CreditRateTable::updateEditTriggers()
{
    m_templates->setEditTriggers(m_editable && !m_busy ? QAbstractItemView::DoubleClicked |
                                                             QAbstractItemView::EditKeyPressed |
                                                             QAbstractItemView::AnyKeyPressed
                                                       : QAbstractItemView::NoEditTriggers);
}

void CreditRateTable::setRates(const RateTable &rates)
{
    m_rates = rates;
    fill(shownRatePlan());
}

void CreditRateTable::showHubRates()
{
    fill(shownRatePlan());
}

void CreditRateTable::setEditable(bool editable)
{
    m_editable = editable;
    fill(shownRatePlan());
}

RatePlan CreditRateTable::shownRatePlan() const
{
    const RatePlan preset = presetPlan(shownPlan()).value_or(presetRatePlans().first());
    const QList<CountryRate> rows = m_rates.ratesOf(preset.id);
    return rows.isEmpty() ? preset : withTemplateRates(preset, rows);
}

void CreditRateTable::priceTyped(QTableWidgetItem *item)
{
    if (item->column() < firstPriceColumn)
        return;
    const PricingCategory category = allPricingCategories[item->column() - firstPriceColumn];
    const QString prefix = item->data(Qt::UserRole).toString();
    const QString typed = item->text();
    // The item belongs to the editor committing it: the table is filled again afterwards.
    QMetaObject::invokeMethod(
        this,
        [this, category, prefix, typed] {
            const RatePlan plan = shownRatePlan();
            Money price;
            if (!parseLocalMoney(typed, plan.currency, &price)) {
                fill(plan);
                emit editRefused(tr("\"%1\" is not a price: write it the way %2 is written.")
                                     .arg(typed, moneyDisplay({plan.currency, 62500})));
                return;
            }
            const RateEdit edit{prefix, pricingCategoryName(category), price.micros, {}};
            RatePlan edited = plan;
            Money previous;
            const RuleErrors errors = applyRateEdit(&edited, edit, &previous);
            fill(errors.isEmpty() ? edited : plan);
            if (!errors.isEmpty())
                emit editRefused(errors.first().message());
            else if (previous != price)
                emit rateEdited(plan.id, edit);
        },
        Qt::QueuedConnection);
}

void CreditRateTable::fill(const RatePlan &plan)
{
    QStringList lines;
    lines << tr("One credit is worth %1.").arg(moneyDisplay(plan.creditValue));
    lines << packSaleText(plan);
    lines << tierLines(plan);
    if (plan.freeCustomerConversationsPerMonth == RatePlan::unlimited)
        lines << tr("Customer-initiated conversations are free.");
    else if (plan.freeCustomerConversationsPerMonth == 0)
        lines << tr("Customer-initiated conversations are charged like any other.");
    else
        lines << tr("The first %1 customer-initiated conversations each month are free.")
                     .arg(QLocale().toString(plan.freeCustomerConversationsPerMonth));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    const QSignalBlocker quiet(m_templates); // filling is not typing
    m_editHint->setVisible(m_editable);
    updateEditTriggers();
    const QList<CountryRate> rates = templateRateRows(plan);
    m_templates->setRowCount(int(rates.size()));
    for (int row = 0; row < rates.size(); ++row) {
        const CountryRate &rate = rates.at(row);
        const QStringList cells = {rateCountryText(rate),
                                   rate.prefix.isEmpty() ? QString() : u'+' + rate.prefix};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_templates->setItem(row, column, item);
        }
        for (int i = 0; i < int(std::size(allPricingCategories)); ++i) {
            auto *item = new QTableWidgetItem(moneyDisplay(rate.price(allPricingCategories[i])));
            item->setData(Qt::UserRole, rate.prefix);
            item->setFlags(m_editable ? item->flags() | Qt::ItemIsEditable
                                      : item->flags() & ~Qt::ItemIsEditable);
            m_templates->setItem(row, firstPriceColumn + i, item);
        }
    }
}

void CreditRateTable::updateButton()
{
    m_use->setEnabled(!m_busy && shownPlan() != m_current);
}

} // namespace parley::ui
