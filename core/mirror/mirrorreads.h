#pragma once

#include "core/domain/agent.h"
#include "core/domain/channel.h"
#include "core/domain/messagetemplate.h"
#include "core/domain/predefinedtext.h"
#include "core/domain/record.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace parley {

// Which predefined texts a list shows (R5.3): one module or all, and a part of the name.
struct PredefinedTextQuery {
    std::optional<Module> module;
    QString nameContains; // case-insensitive in every script; blank matches all

    bool matches(const PredefinedText &text) const;
};

// Small reads of the mirror's reference tables for pickers and dialogs. Each is one indexed or
// small-table query, cheap enough for the UI thread. Use it on the thread that owns the
// connection. On a database error the result is empty and errorString() says why.
class MirrorReads {
public:
    explicit MirrorReads(QSqlDatabase db);

    // By name. Inactive agents are included on request: a saved view may still name one.
    QList<Agent> agents(bool includeInactive = false);
    QList<Channel> channels(); // by name
    // Every department a channel or a conversation names, sorted, without blanks.
    QStringList departments();
    // By name, then id.
    QList<PredefinedText> predefinedTexts(const PredefinedTextQuery &query = {});
    std::optional<PredefinedText> predefinedText(Id id);
    std::optional<Record> record(Id id);
    // By name, language, then id.
    QList<MessageTemplate> templates();
    // The ones that may be sent (R6.4), of one module (R6.5) or of all when `module` is blank;
    // by name.
    QList<MessageTemplate> approvedTemplates(const QString &module);

    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace parley
