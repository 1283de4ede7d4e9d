using BoOppfolging.Domain;

namespace BoOppfolging.Datagenerator;

/// <summary>
/// When each case came in and how, for three years up to "now", made before any case is built so
/// that reference numbers can be handed out in time order, as the app does.
/// </summary>
internal static class Sakshoder
{
    private const int Dager = 3 * 365;

    public static Sakshode[] Lag(Tilfeldig rng, int antall, DateTimeOffset naa)
    {
        var idag = Norsktid.Dato(naa);
        var hoder = new Sakshode[antall];
        for (var i = 0; i < antall; i++)
        {
            // The unit gets more cases every year: the density rises linearly to twice the oldest
            // (inverse of the distribution function (x + x²/2) / 1.5 on [0, 1]).
            var x = -1 + Math.Sqrt(1 + (3 * rng.Desimal()));
            var dato = idag.AddDays(-(int)((1 - x) * Dager));
            var kanal = rng.Sjanse(0.55)
                ? Kanal.Soknad
                : rng.Vektet(
                    (Kanal.Innbygger, 12), (Kanal.Parorende, 18), (Kanal.Nabo, 5), (Kanal.Fastlege, 15), (Kanal.Spesialisthelsetjenesten, 20),
                    (Kanal.Kriminalomsorgen, 8), (Kanal.FrivilligOrganisasjon, 6), (Kanal.KommunalTjeneste, 12), (Kanal.Annet, 4));
            DateTimeOffset mottatt;
            if (kanal == Kanal.Soknad)
            {
                // Citizens apply in the browser at any hour, mostly in the day and evening.
                var time = rng.Vektet((rng.Tall(7, 12), 0.35), (rng.Tall(12, 17), 0.35), (rng.Tall(17, 24), 0.25), (rng.Tall(0, 7), 0.05));
                mottatt = Saksforlop.Lokal(dato, new TimeSpan(time, rng.Tall(0, 60), rng.Tall(0, 60)));
            }
            else
            {
                // Referrals are registered by staff, in working hours.
                mottatt = Saksforlop.Lokal(Helligdager.NesteVirkedagFraOgMed(dato), TimeSpan.FromHours(8) + TimeSpan.FromMinutes(rng.Tall(0, 450)));
            }

            if (mottatt > naa) mottatt = naa - TimeSpan.FromMinutes(rng.Tall(1, 600));
            hoder[i] = new Sakshode(mottatt, kanal);
        }

        // OrderBy is stable: equal times keep the order they were drawn in, so a seed always gives the same order.
        return [.. hoder.OrderBy(h => h.Mottatt.UtcTicks)];
    }
}
