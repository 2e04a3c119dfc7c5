/*
 * flowdsl-cni's executable for /opt/cni/bin when the node agent runs: a small static
 * client that hands the invocation (the CNI_* environment and the configuration on
 * stdin) to the agent (python -m flowdsl.cni_agent, in the DaemonSet's container) over
 * a root-only Unix socket, and prints its answer: a pod's ADD then costs no Python
 * start and no imports. Without an agent it executes the Python plugin itself
 * (FALLBACK), so a node without the agent still works, only slower.
 *
 *   gcc -O2 -static -o flowdsl-cni deploy/kubernetes/cni-client.c
 *
 * Protocol (flowdsl/cni_agent.py): "FDCNI1\n", then each CNI_* variable as
 * "NAME=VALUE\0", an empty one ("\0"), then stdin until the write side is shut; the
 * answer is one byte, the exit status, then what goes to stdout.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#ifndef AGENT_SOCKET
#define AGENT_SOCKET "/run/flowdsl/cni.sock"
#endif
#ifndef FALLBACK
#define FALLBACK "/opt/flowdsl/bin/flowdsl-cni-python"
#endif

extern char **environ;

static int write_all(int fd, const char *data, size_t size) {
    while (size > 0) {
        ssize_t done = write(fd, data, size);
        if (done < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += done;
        size -= (size_t)done;
    }
    return 0;
}

static int fail(const char *msg, const char *details) {
    /* the specification's error object; msg and details hold no characters to escape */
    printf("{\"cniVersion\": \"1.0.0\", \"code\": 110, \"msg\": \"%s\", \"details\": \"%s\"}\n",
           msg, details);
    return 1;
}

int main(int argc, char **argv) {
    (void)argc;
    signal(SIGPIPE, SIG_IGN); /* an agent that hangs up is an error to report, not death */
    const char *path = getenv("FLOWDSL_CNI_AGENT");
    if (path == NULL)
        path = AGENT_SOCKET;
    struct sockaddr_un addr;
    memset(&addr, 0, sizeof addr);
    addr.sun_family = AF_UNIX;
    strncpy(addr.sun_path, path, sizeof addr.sun_path - 1);
    int sock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (sock < 0 || connect(sock, (struct sockaddr *)&addr, sizeof addr) != 0) {
        const char *fallback = getenv("FLOWDSL_CNI_FALLBACK");
        if (fallback == NULL)
            fallback = FALLBACK;
        execv(fallback, argv); /* stdin is still unread: the plugin reads it */
        return fail("flowdsl-cni: no agent, and the Python plugin cannot be run",
                    "start the flowdsl DaemonSet (it runs the agent and installs the "
                    "plugin), or reinstall it");
    }
    if (write_all(sock, "FDCNI1\n", 7) != 0)
        return fail("flowdsl-cni: cannot write to the agent", "see the agent's log");
    for (char **entry = environ; *entry != NULL; entry++)
        if (strncmp(*entry, "CNI_", 4) == 0 &&
            write_all(sock, *entry, strlen(*entry) + 1) != 0)
            return fail("flowdsl-cni: cannot write to the agent", "see the agent's log");
    if (write_all(sock, "", 1) != 0)
        return fail("flowdsl-cni: cannot write to the agent", "see the agent's log");
    static char buffer[65536];
    for (;;) {
        ssize_t got = read(0, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return fail("flowdsl-cni: cannot read stdin", "the runtime passes the "
                        "configuration on stdin");
        if (got == 0)
            break;
        if (write_all(sock, buffer, (size_t)got) != 0)
            return fail("flowdsl-cni: cannot write to the agent", "see the agent's log");
    }
    shutdown(sock, SHUT_WR);
    unsigned char status;
    ssize_t got;
    while ((got = read(sock, &status, 1)) < 0 && errno == EINTR) {
    }
    if (got != 1)
        return fail("flowdsl-cni: the agent closed the connection without an answer",
                    "see the agent's log (kubectl -n kube-system logs ds/flowdsl-cni)");
    for (;;) {
        got = read(sock, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        if (write_all(1, buffer, (size_t)got) != 0)
            return 1;
    }
    return status;
}
