// Merge fields (core/rules/mergefields): the text of a predefined text or template body as an
// agent or admin typed it, parsed, filled from records and turned into Meta's {{n}} form.

#include "fuzzsupport.h"

#include "core/rules/mergefields.h"

#include <cstddef>
#include <cstdint>

using namespace parley;

namespace {

QList<Record> records()
{
    Record lead;
    lead.id = 7;
    lead.module = Module::Leads;
    lead.fields = {{QStringLiteral("First Name"), QStringLiteral("Ana")},
                   {QStringLiteral("Last Name"), QStringLiteral("  ")},
                   {QStringLiteral("City"), QStringLiteral("São Paulo $[Leads.First Name]")}};
    Record deal;
    deal.id = 9;
    deal.module = Module::Deals;
    deal.fields = {{QStringLiteral("Deal Name"), QStringLiteral("会議室\n二")},
                   {QStringLiteral("Amount"), 1250.5}};
    return {lead, deal};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QList<Record> filled = records();

    const QList<MergeField> fields = parseMergeFields(text);
    int after = 0;
    for (const MergeField &field : fields) {
        fuzz::require(field.position >= after && field.length > 0 &&
                          field.position + field.length <= text.size(),
                      "a merge field lies outside its text or overlaps the one before");
        fuzz::require(text.mid(field.position, field.length) == field.written(),
                      "a merge field is not written where it was found");
        after = field.position + field.length;
    }

    const MergeResult rendered = renderMergeFields(text, filled);
    fuzz::require(rendered.issues.size() <= fields.size(), "more issues than fields");
    fuzz::require(rendered.complete() == rendered.errors().isEmpty(),
                  "a complete render reports errors, or an incomplete one none");

    const MetaTemplateBody meta = toMetaTemplateBody(text);
    fuzz::require(meta.parameters.size() == fields.size(),
                  "Meta's body does not number every field once");
    const TemplateParameters parameters = templateParameterValues(text, filled);
    fuzz::require(parameters.values.size() == fields.size(),
                  "a template parameter is missing for a field");
    for (const QString &value : parameters.values)
        fuzz::require(!value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\t')),
                      "a template parameter keeps a line break or tab Meta refuses");
    return 0;
}
