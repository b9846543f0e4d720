using System.Net;
using System.Net.Sockets;

namespace OrleansGovernance.Testing;

public static class FreePorts
{
    // Below Linux's ephemeral range (32768-60999): an outgoing connection of any process can take an ephemeral
    // port between the moment it is found free and the moment a restarted silo binds it again.
    private const int First = 20000;
    private const int Last = 32000;

    private static readonly HashSet<int> HandedOut = [];

    /// <summary>A loopback port nobody listens on now, outside the ephemeral range, never handed out twice by this process.</summary>
    public static int Next()
    {
        lock (HandedOut)
        {
            while (true)
            {
                var port = Random.Shared.Next(First, Last);
                if (HandedOut.Contains(port))
                {
                    continue;
                }

                try
                {
                    using var listener = new TcpListener(IPAddress.Loopback, port);
                    listener.Start();
                }
                catch (SocketException)
                {
                    continue;
                }

                HandedOut.Add(port);
                return port;
            }
        }
    }
}
