#include "core/rules/recordmerging.h"

#include "core/domain/fieldlabels.h"
#include "core/domain/recordlinks.h"

namespace parley {

bool isMergeable(Module module)
{
    return module == Module::Leads || module == Module::Contacts;
}

QVariantMap mergedRecordFields(const QVariantMap &kept, const QVariantMap &duplicate)
{
    QVariantMap out = kept;
    for (auto it = duplicate.cbegin(); it != duplicate.cend(); ++it) {
        const QString value = it.value().toString();
        if (value.isEmpty())
            continue;
        const QString current = out.value(it.key()).toString();
        if (current.isEmpty()) {
            out.insert(it.key(), value);
            continue;
        }
        if (current == value || isLinkField(it.key()))
            continue;
        bool alreadyKept = false;
        int n = 2;
        QString name = numberedFieldName(it.key(), n);
        while (out.contains(name) && !alreadyKept) {
            alreadyKept = out.value(name).toString() == value;
            name = numberedFieldName(it.key(), ++n);
        }
        if (!alreadyKept)
            out.insert(name, value);
    }
    return out;
}

} // namespace parley
