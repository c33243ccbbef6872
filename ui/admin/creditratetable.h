#pragma once

#include "core/billing/rateedit.h"
#include "core/billing/rateplan.h"
#include "core/protocol/credittypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace parley::ui {

// R8.5: the rate table. The four plans of core/billing/rateplan are the presets; picking one
// fills the table (session tiers, pack, free allowance, template rates per country and
// category), and "Use this plan" asks for it to become the account's plan.
//
// The template prices are the hub's (setRates); until they arrive the presets are shown. When
// editable (issue #14 item 7), a price is changed in place, typed as the user's locale writes
// money; it is read back in that locale and checked by core's applyRateEdit() before
// rateEdited() asks for it to be saved. The page that saves calls setRates() with the hub's
// answer, or again with the table it had when the hub refused.
class CreditRateTable : public QWidget {
    Q_OBJECT
public:
    explicit CreditRateTable(QWidget *parent = nullptr);

    // The account's plan: selected and marked current.
    void setCurrentPlan(const QString &planId);
    QString shownPlan() const;
    void showPlan(const QString &planId);
    void setBusy(bool busy);
    void setRates(const RateTable &rates);
    // The hub's rates as last set, dropping a price shown as typed that the hub then refused.
    void showHubRates();
    void setEditable(bool editable);
    // The shown plan with the hub's rates, as the table shows it.
    RatePlan shownRatePlan() const;

signals:
    void planChosen(const QString &planId);
    void rateEdited(const QString &planId, const RateEdit &edit);
    // A typed price that is not one, in the user's language.
    void editRefused(const QString &message);

private:
    void fill(const RatePlan &plan);
    void updateButton();
    void updateEditTriggers();
    void priceTyped(QTableWidgetItem *item);

    QString m_current;
    bool m_busy = false;
    bool m_editable = false;
    RateTable m_rates;
    QComboBox *m_preset;
    QLabel *m_summary;
    QLabel *m_editHint;
    QTableWidget *m_templates;
    QPushButton *m_use;
};

} // namespace parley::ui
