#include "core/sync/savedviewupload.h"

#include "core/logging.h"
#include "core/mirror/savedviews.h"

#include <memory>

namespace parley {
namespace {

struct Upload {
    QSqlDatabase db;
    SavedViewsApi api;
    QList<LocalViewUpload> pending;
    SavedViewUploadResult result;
    std::function<void(const SavedViewUploadResult &)> done;
};

void next(const std::shared_ptr<Upload> &upload)
{
    while (!upload->pending.isEmpty() && !upload->pending.first().problem.isEmpty()) {
        // A filter this version cannot read cannot be sent as what it was: it stays.
        ++upload->result.refused;
        upload->pending.removeFirst();
    }
    if (upload->pending.isEmpty()) {
        if (upload->done)
            upload->done(upload->result);
        return;
    }
    const LocalViewUpload view = upload->pending.takeFirst();
    SavedViewChange change;
    change.name = view.name;
    change.filter = view.filter;
    change.clientKey = view.key;
    upload->api.create(change, [upload, view](const HubResult<SavedView> &reply) {
        if (reply.ok()) {
            SavedViews local(upload->db);
            if (!local.remove(view.localId))
                qCWarning(lcMirror, "uploaded saved view %lld stays in the local store: %s",
                          view.localId, qUtf8Printable(local.errorString()));
            ++upload->result.uploaded;
        } else if (reply.error().isUnreachable() || reply.error().status >= 500) {
            upload->result.interrupted = true;
            if (upload->done)
                upload->done(upload->result);
            return;
        } else {
            ++upload->result.refused;
            qCWarning(lcMirror, "the hub refused the local saved view \"%s\" (%s): kept locally",
                      qUtf8Printable(view.name), qUtf8Printable(reply.error().code));
        }
        next(upload);
    });
}

} // namespace

void uploadLocalSavedViews(QSqlDatabase db, SavedViewsApi api,
                           std::function<void(const SavedViewUploadResult &)> done)
{
    auto upload = std::make_shared<Upload>(Upload{db, api, {}, {}, std::move(done)});
    upload->pending = SavedViews(db).uploads();
    next(upload);
}

} // namespace parley
