#include "ui/main/quickswitcher.h"

#include "core/mirror/conversationqueries.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace parley::ui {

QuickSwitcher::QuickSwitcher(QSqlDatabase mirror, Id me, QWidget *parent)
    : QDialog(parent), m_db(mirror), m_me(me)
{
    setWindowTitle(tr("Go to conversation"));
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Name, number or words from a message"));
    m_query->setAccessibleName(m_query->placeholderText());
    m_matches = new QListWidget(this);
    m_matches->setAccessibleName(tr("Matching conversations"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_matches);
    resize(460, 360);
    connect(m_query, &QLineEdit::textChanged, this, &QuickSwitcher::search);
    connect(m_query, &QLineEdit::returnPressed, this, &QuickSwitcher::choose);
    connect(m_matches, &QListWidget::itemActivated, this, &QuickSwitcher::choose);
    // Up and Down move through the matches while typing.
    m_query->installEventFilter(this);
    search();
}

void QuickSwitcher::setQuery(const QString &text)
{
    m_query->setText(text);
}

int QuickSwitcher::matchCount() const
{
    return m_matches->count();
}

void QuickSwitcher::search()
{
    ConversationFilter filter;
    filter.search = m_query->text().trimmed();
    ConversationPage page;
    QString error;
    m_matches->clear();
    if (!fetchConversationPage(
            m_db, filter, {m_me, QDateTime::currentMSecsSinceEpoch(), QTimeZone::systemTimeZone()},
            {}, 20, &page, &error))
        return;
    for (const Conversation &c : page.rows) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  ·  +%2\n%3")
                .arg(c.customerName, c.customerNumber, c.lastMessageText.simplified().left(80)),
            m_matches);
        item->setData(Qt::UserRole, c.id);
    }
    m_matches->setCurrentRow(0);
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_matches->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_matches->count())
                m_matches->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSwitcher::choose()
{
    const QListWidgetItem *item = m_matches->currentItem();
    if (!item)
        return;
    emit conversationChosen(item->data(Qt::UserRole).toLongLong());
    accept();
}

} // namespace parley::ui
