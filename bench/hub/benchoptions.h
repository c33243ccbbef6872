#pragma once

// bench-hub's command line: what each figure is measured with, and its limits.

class QCoreApplication;

namespace parley::bench {

// A few hundred customers: most webhooks land in an existing conversation, as in a real inbox,
// and the first few hundred also create the record and conversation (--customers changes it:
// a profile of the steady state under callgrind, which stops after a few hundred webhooks,
// wants few customers; one of first contacts wants as many as webhooks).
constexpr int defaultCustomers = 300;

struct Options {
    int messages = 20000;
    int customers = defaultCustomers;
    int connections = 32;
    int agents = 100;
    int latencyMessages = 2000;
    int latencyRate = 200;
    int firstSyncConversations = 10000;
    int firstSyncMessages = 100000;
    bool onlyFirstSync = false;
};

// Fills `options` from the command line (--help prints them); false, with the reason on stderr,
// when a value is out of its range.
bool parseOptions(const QCoreApplication &app, Options *options);

} // namespace parley::bench
