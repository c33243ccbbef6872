#include "ui/filters/periodrow.h"

#include "ui/filters/errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parley::ui {

// The box takes numbers beyond 1…999 on purpose: a number clamped without a word would look
// like a typo fixed behind the user's back, while validate() explains the limit.
constexpr int SpinBoxMaximum = 9999;

PeriodRow::PeriodRow(const QString &label, const QString &name, QWidget *parent)
    : QWidget(parent), m_enabled(new QCheckBox(label, this)), m_count(new QSpinBox(this)),
      m_unit(new QComboBox(this)), m_error(new ErrorLabel(this))
{
    setObjectName(name);
    m_enabled->setObjectName(name + QStringLiteral("Enabled"));
    m_count->setObjectName(name + QStringLiteral("Count"));
    m_unit->setObjectName(name + QStringLiteral("Unit"));
    m_error->setObjectName(name + QStringLiteral("Error"));

    m_count->setRange(0, SpinBoxMaximum);
    m_count->setValue(1);
    m_count->setAccessibleName(tr("Number of days, weeks or months"));
    m_unit->addItem(tr("days"), int(PeriodUnit::Days));
    m_unit->addItem(tr("weeks"), int(PeriodUnit::Weeks));
    m_unit->addItem(tr("months"), int(PeriodUnit::Months));
    m_unit->addItem(tr("today"), int(PeriodUnit::Today));

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_enabled, 1);
    line->addWidget(m_count);
    line->addWidget(m_unit);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(line);
    column->addWidget(m_error);

    connect(m_enabled, &QCheckBox::toggled, this, &PeriodRow::updateEnabled);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &PeriodRow::updateEnabled);
    connect(m_enabled, &QCheckBox::toggled, this, &PeriodRow::changed);
    connect(m_count, &QSpinBox::valueChanged, this, &PeriodRow::changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &PeriodRow::changed);
    updateEnabled();
}

void PeriodRow::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    m_unit->setEnabled(on);
    m_count->setEnabled(on && PeriodUnit(m_unit->currentData().toInt()) != PeriodUnit::Today);
}

void PeriodRow::setPeriod(const std::optional<Period> &period)
{
    m_enabled->setChecked(period.has_value());
    if (period) {
        m_unit->setCurrentIndex(m_unit->findData(int(period->unit)));
        if (period->unit != PeriodUnit::Today)
            m_count->setValue(period->count);
    }
    updateEnabled();
}

std::optional<Period> PeriodRow::period() const
{
    if (!m_enabled->isChecked())
        return std::nullopt;
    const auto unit = PeriodUnit(m_unit->currentData().toInt());
    return Period{unit == PeriodUnit::Today ? 1 : m_count->value(), unit};
}

void PeriodRow::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace parley::ui
