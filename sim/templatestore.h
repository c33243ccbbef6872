#pragma once

#include "core/domain/ids.h"
#include "core/domain/messagetemplate.h"
#include "core/whatsapp/graphtemplates.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace parley::sim {

// A template as the business account holds it: what was submitted and Meta's verdict.
struct SimTemplate {
    QString id;
    whatsapp::TemplateCreateRequest request;
    QStringList bodyParameters; // distinct {{…}} placeholders of the body, in order of appearance
    QString status = QStringLiteral("PENDING"); // PENDING, APPROVED or REJECTED
    QString rejectionReason;                    // NONE, INCORRECT_CATEGORY, INVALID_FORMAT
    TimestampMs createdAt = 0;

    QString name() const { return request.name; }
    QString language() const { return request.language; }
    QString category() const { return request.category; }
    // Its header, footer and buttons (read from request.otherComponents).
    MessageTemplate parts() const;
    // GET …/message_templates' item: name, language, status, category, id, components and,
    // once rejected, rejected_reason.
    QJsonObject toJson() const;
};

// A placeholder: "{{1}}" or, in named templates, "{{first_name}}"; group 1 is its name.
const QRegularExpression &templatePlaceholderPattern();
// The placeholders of a template text, each once, in order of first appearance.
QStringList templatePlaceholders(const QString &text);

class TemplateStore {
public:
    SimTemplate &add(const whatsapp::TemplateCreateRequest &request, TimestampMs now);
    // Templates are unique per name and language (§8).
    const SimTemplate *find(const QString &name, const QString &language) const;
    SimTemplate *byId(const QString &id);
    // DELETE …/message_templates?name=…[&hsm_id=…]: every language of the name, or only the
    // template with that id. The number removed.
    int remove(const QString &name, const QString &hsmId);
    // Oldest first, optionally only those with `status` (upper case) or this name.
    QList<SimTemplate> list(const QString &status = QString(),
                            const QString &name = QString()) const;
    int count() const { return int(m_templates.size()); }

private:
    QList<SimTemplate> m_templates;
};

} // namespace parley::sim
