#pragma once

// What the predefined-text suites share (R4.2, R5): the lead Ana, the greeting that names her,
// the rows a model lists, and the dialogs' children by object name.
// tst_predefinedtexts: the picker and the editor on a mirror; tst_predefinedtextmanager: the
// Manage dialog and the picker changing texts through a real parley-hub.
#include "core/domain/ids.h"
#include "core/domain/record.h"
#include "ui/texts/predefinedtextmodel.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace parley::testing {

class PredefinedTextsFixture {
protected:
    static constexpr Id AnaLead = 11;
    static inline const QString greeting =
        QStringLiteral("Hi $[Leads.First Name], how can I help?");

    static Record record(Id id, Module module, const QVariantMap &fields)
    {
        Record r;
        r.id = id;
        r.module = module;
        r.fields = fields;
        r.updatedAt = 1000;
        return r;
    }

    static QStringList names(const ui::PredefinedTextModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, 0).data().toString());
        return result;
    }

    template <typename T> static T *child(const QObject &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
};

} // namespace parley::testing
