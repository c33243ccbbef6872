#pragma once

#include "core/billing/rateplan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parley::ui {

// R8.5: the rate table. The four plans of core/billing/rateplan are the presets; picking one
// fills the table (session tiers, pack, free allowance, template rates per country and
// category), and "Use this plan" asks for it to become the account's plan.
class CreditRateTable : public QWidget {
    Q_OBJECT
public:
    explicit CreditRateTable(QWidget *parent = nullptr);

    // The account's plan: selected and marked current.
    void setCurrentPlan(const QString &planId);
    QString shownPlan() const;
    void showPlan(const QString &planId);
    void setBusy(bool busy);

signals:
    void planChosen(const QString &planId);

private:
    void fill(const RatePlan &plan);
    void updateButton();

    QString m_current;
    bool m_busy = false;
    QComboBox *m_preset;
    QLabel *m_summary;
    QTableWidget *m_templates;
    QPushButton *m_use;
};

} // namespace parley::ui
