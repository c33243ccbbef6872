#pragma once

#include <QString>
#include <QStringList>

namespace parley {

// Meta's review asks for a realistic sample value for every variable of a template body
// (example.body_text; "Template management" and "Components" pages, whatsapp-cloud-api.md §8):
// "Ana", not the field's name "First Name". The desktop's editor sends the values its preview
// shows (ui/admin/templatesamples, in the admin's language); a caller that sends none gets these.

// A realistic English sample for the merge field `field` ("First Name" → "Ana").
QString templateExampleValue(const QString &field);

// One sample per "Module.Field" key of a Meta body (MetaTemplateBody::parameters), in order.
QStringList templateExampleValues(const QStringList &parameters);

// Examples given by a client for a body with `variables` variables: one non-blank value per
// variable, none over maxTemplateExampleLength. False with `problem` set otherwise.
bool checkTemplateExamples(const QStringList &examples, int variables, QString *problem);

constexpr int maxTemplateExampleLength = 200;

} // namespace parley
