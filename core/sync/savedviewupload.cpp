#include "core/sync/savedviewupload.h"

#include "core/logging.h"
#include "core/mirror/mirrorstore.h"
#include "core/mirror/savedviews.h"

#include <QPointer>

#include <memory>

namespace parley {
namespace {

struct Upload {
    QPointer<MirrorStore> store;
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
            if (upload->store) {
                // On the store's writer thread; a view left behind is found on the hub by its
                // key next time.
                upload->store->write<bool>(
                    [id = view.localId](QSqlDatabase db) {
                        SavedViews local(db);
                        if (local.remove(id))
                            return true;
                        qCWarning(lcMirror, "uploaded saved view %lld stays in the local store: %s",
                                  id, qUtf8Printable(local.errorString()));
                        return false;
                    },
                    [](quint64, const bool &) {});
            }
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

void uploadLocalSavedViews(MirrorStore *store, SavedViewsApi api,
                           std::function<void(const SavedViewUploadResult &)> done)
{
    auto upload = std::make_shared<Upload>(Upload{store, api, {}, {}, std::move(done)});
    // The views still here, read on the store's reader thread (the local store is attached).
    store->read<QList<LocalViewUpload>>([](QSqlDatabase db) { return SavedViews(db).uploads(); },
                                        [upload](quint64, const QList<LocalViewUpload> &pending) {
                                            upload->pending = pending;
                                            next(upload);
                                        });
}

} // namespace parley
