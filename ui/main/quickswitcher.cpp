#include "ui/main/quickswitcher.h"

#include "core/mirror/mirrorstore.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTimeZone>
#include <QVBoxLayout>

namespace parley::ui {

QuickSwitcher::QuickSwitcher(QSqlDatabase mirror, Id me, QWidget *parent)
    : QuickSwitcher(nullptr, me, parent)
{
    m_store = new MirrorStore(mirror.databaseName(), this);
    search();
}

QuickSwitcher::QuickSwitcher(MirrorStore *store, Id me, QWidget *parent)
    : QDialog(parent), m_store(store), m_me(me)
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
    connect(m_matches, &QListWidget::itemActivated, this, &QuickSwitcher::chooseCurrent);
    // Up and Down move through the matches while typing.
    m_query->installEventFilter(this);
    if (m_store)
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
    ConversationPageRequest request;
    request.filter.search = m_query->text().trimmed();
    request.context = {m_me, QDateTime::currentMSecsSinceEpoch(), QTimeZone::systemTimeZone()};
    request.limit = 20;
    // Not `supersedes`: the store is the window's, and that would cancel the list's own search.
    // An answer for older text is dropped here instead.
    m_asked = m_store->conversationPage(
        request, [self = QPointer<QuickSwitcher>(this)](const ConversationPageReply &reply) {
            if (!self || reply.requestId != self->m_asked)
                return;
            self->m_asked = 0;
            self->showMatches(reply.ok ? reply.page.rows : QList<Conversation>());
        });
}

void QuickSwitcher::showMatches(const QList<Conversation> &rows)
{
    m_matches->clear();
    for (const Conversation &c : rows) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  ·  +%2\n%3")
                .arg(c.customerName, c.customerNumber, c.lastMessageText.simplified().left(80)),
            m_matches);
        item->setData(Qt::UserRole, c.id);
    }
    m_matches->setCurrentRow(0);
    emit matchesShown();
    if (m_chooseWhenIn) {
        m_chooseWhenIn = false;
        choose();
    }
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
    if (m_asked != 0) {
        // What the agent sees is for the text before: the first match of this text it is.
        m_chooseWhenIn = true;
        return;
    }
    chooseCurrent();
}

void QuickSwitcher::chooseCurrent()
{
    const QListWidgetItem *item = m_matches->currentItem();
    if (!item)
        return;
    emit conversationChosen(item->data(Qt::UserRole).toLongLong());
    accept();
}

} // namespace parley::ui
