#pragma once

#include "core/filter/period.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace parley::ui {

// One "<condition> in x days / weeks / months / today" line of the filter builder (R3.2), with
// the reason it cannot run shown right under it.
class PeriodRow : public QWidget {
    Q_OBJECT
public:
    PeriodRow(const QString &label, const QString &name, QWidget *parent = nullptr);

    void setPeriod(const std::optional<Period> &period);
    // Unset when unticked. "Today" always has the count 1, as the built-in views write it.
    std::optional<Period> period() const;
    void setError(const QString &message); // empty: no error

signals:
    void changed();

private:
    void updateEnabled();

    QCheckBox *m_enabled;
    QSpinBox *m_count;
    QComboBox *m_unit;
    QLabel *m_error;
};

} // namespace parley::ui
