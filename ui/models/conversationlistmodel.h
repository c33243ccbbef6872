#pragma once

#include "core/mirror/conversationqueries.h"
#include "core/mirror/mirror.h"

#include <QAbstractListModel>

namespace parley::ui {

// The Messages module's list: conversations matching a filter, newest activity first, read from
// the mirror one page at a time (canFetchMore/fetchMore) so a large inbox costs what its visible
// part does. The sync worker's change signals update rows in place: a changed row is re-read,
// and a row whose activity moved is moved, so selection and scroll survive.
class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        ConversationRole = Qt::UserRole + 1, // the whole Conversation
        IdRole,
        NameRole,
        LastMessageRole,
        LastMessageAtRole,
        UnreadRole,
        WindowOpenRole,
        ChannelNameRole,
    };

    static constexpr int pageSize = 100;

    explicit ConversationListModel(QSqlDatabase mirror, QObject *parent = nullptr);

    void setFilter(const ConversationFilter &filter, const FilterContext &context);
    ConversationFilter filter() const { return m_filter; }
    void setChannelNames(const QHash<Id, QString> &names);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOf(Id conversationId) const;
    Conversation conversationAt(int row) const { return m_rows.value(row); }
    QString lastError() const { return m_error; }

public slots:
    // Re-reads the loaded range and turns the difference into row moves, inserts, removals and
    // changes.
    void refresh(const parley::MirrorChanges &changes);

private:
    QList<Conversation> query(const ConversationCursor &after, int limit, bool *atEnd);

    QSqlDatabase m_db;
    ConversationFilter m_filter;
    FilterContext m_context;
    QList<Conversation> m_rows;
    QHash<Id, QString> m_channelNames;
    bool m_atEnd = true;
    bool m_fetching = false;
    QString m_error;
};

} // namespace parley::ui
