#pragma once

#include "core/sync/creditsapi.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parley::ui {

// R8: the usage history, read from the hub's ledger newest first, filtered by kind and by a
// period of local calendar days (either end may be left open). "Show older" pages on.
class CreditLedgerView : public QWidget {
    Q_OBJECT
public:
    explicit CreditLedgerView(HubClient *hub, QWidget *parent = nullptr);

    static constexpr int pageSize = 100;

public slots:
    void reload();

signals:
    void loaded();

private:
    void fetch(qint64 beforeId);
    LedgerQuery query(qint64 beforeId) const;

    CreditsApi m_credits;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QPushButton *m_older;
    QLabel *m_error;
    qint64 m_oldestId = 0;
    int m_generation = 0; // replies to an earlier filter are dropped
};

} // namespace parley::ui
