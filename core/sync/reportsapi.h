#pragma once

#include "core/protocol/reporttypes.h"
#include "core/sync/hubapi.h"

namespace parley {

// The reports (docs/api.md "Reports", R10.x), typed; each as rows or as the hub's CSV.
class ReportsApi {
public:
    explicit ReportsApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    void volume(const ReportFilter &filter, HubCallback<QList<VolumeDay>> done) const;
    void responseTimes(const ReportFilter &filter, HubCallback<QList<DurationRow>> done) const;
    void activity(const ReportFilter &filter, HubCallback<ActivityHeat> done) const;
    void spend(const ReportFilter &filter, HubCallback<QList<SpendDay>> done) const;
    void csat(const ReportFilter &filter, HubCallback<CsatFigure> done) const;
    // The report as CSV, exactly as the hub writes it.
    void csv(ReportKind kind, const ReportFilter &filter, HubCallback<QByteArray> done) const;

private:
    HubApi m_api;
};

} // namespace parley
