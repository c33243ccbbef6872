#pragma once

#include "core/whatsapp/grapherrors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace parley::whatsapp {

// Template management (§8): POST and GET /<WABA_ID>/message_templates.

struct TemplateCreateRequest {
    QString name;
    QString language;           // e.g. "en_US"
    QString category;           // upper case: AUTHENTICATION, MARKETING or UTILITY
    QString parameterFormat;    // "positional" or "named"; empty leaves Meta's default (positional)
    QString bodyText;           // the BODY component, "Hi {{1}}! …"
    QStringList bodyExample;    // example.body_text[0], one sample value per parameter
    QJsonArray otherComponents; // HEADER, FOOTER, BUTTONS, passed through unchanged
};

// Category is written upper case, Meta's enum spelling (Meta also accepts lower case). The body
// component is written as Meta's "Creating templates" request shows it ({"type": "body"}), the
// header, footer and buttons as its "Components" page does ("HEADER", "FOOTER", "BUTTONS"),
// in Meta's order: header, body, footer, buttons.
QJsonObject templateCreateRequestJson(const TemplateCreateRequest &request);
// POST /<TEMPLATE_ID> (§8 "Edit"): {"category", "components"} with every component of the
// request, all replaced, their types upper case as Meta's "Editing templates" request writes
// them ({"type": "BODY"}). Name and language are Meta's key: an edit never carries them.
QJsonObject templateEditRequestJson(const TemplateCreateRequest &request);
// As Graph checks a creation: name, language, category and exactly one BODY component with
// text are required (131008); a name that is longer than 512 or not ^[a-z0-9_]+$, an unknown
// category (either case), a parameter_format other than positional/named, or body text over
// 1024 characters is 100. The category comes back upper case.
bool parseTemplateCreateRequest(const QJsonObject &json, TemplateCreateRequest *request,
                                GraphError *error);

struct TemplateCreateResponse {
    QString id;
    QString status;   // "PENDING", "APPROVED" or "REJECTED"
    QString category; // as Meta assigned it, upper case
};

QJsonObject templateCreateResponseJson(const TemplateCreateResponse &response);
bool parseTemplateCreateResponse(const QJsonObject &json, TemplateCreateResponse *response,
                                 QString *error);

struct TemplateSummary {
    QString id;
    QString name;
    QString language;
    QString category;
    QString status;
};

struct TemplateListPage {
    QList<TemplateSummary> templates; // data[]
    QString before;                   // paging.cursors.before
    QString after;                    // paging.cursors.after
    QString next;                     // paging.next, a full URL; empty on the last page
};

QJsonObject templateListResponseJson(const TemplateListPage &page);
bool parseTemplateListResponse(const QJsonObject &json, TemplateListPage *page, QString *error);

} // namespace parley::whatsapp
