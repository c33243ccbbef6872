#pragma once

#include "core/domain/ids.h"

#include <QDialog>
#include <QSqlDatabase>

class QLineEdit;
class QListWidget;

namespace parley::ui {

// Ctrl+K (R10.2): type part of a name, a number or a message and press Enter to jump to that
// conversation, whatever view is showing. Matches come from the mirror's full-text search.
class QuickSwitcher : public QDialog {
    Q_OBJECT
public:
    QuickSwitcher(QSqlDatabase mirror, Id me, QWidget *parent = nullptr);

    void setQuery(const QString &text);
    int matchCount() const;

signals:
    void conversationChosen(parley::Id conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void choose();

    QSqlDatabase m_db;
    Id m_me;
    QLineEdit *m_query = nullptr;
    QListWidget *m_matches = nullptr;
};

} // namespace parley::ui
