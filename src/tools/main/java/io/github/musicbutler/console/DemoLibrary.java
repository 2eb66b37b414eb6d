package io.github.musicbutler.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The music of the demo account "Alex Demo": nineteen playlists (German names with umlauts among them), five
 * devices named in the listener's language, top artists and tracks. Songs and artists are real, so the console
 * sounds like a real account; ids are made up but shaped like Spotify's (22 base62 characters, 40 hex for devices).
 */
final class DemoLibrary {

    record Artist(String id, String name, List<String> genres, int popularity, int followers) {
        String uri() {
            return "spotify:artist:" + id;
        }
    }

    record Track(String id, String name, Artist artist, String album, int durationMs) {
        String uri() {
            return "spotify:track:" + id;
        }
    }

    record Playlist(String id, String name, String description, List<Track> tracks) {
        String uri() {
            return "spotify:playlist:" + id;
        }
    }

    record Device(String id, String name, String type, int volumePercent) {
    }

    /** An audiobook of the demo catalogue, its chapters in order. */
    record Audiobook(String id, String name, String author, String narrator, List<Episode> chapters) {
        String uri() {
            return "spotify:audiobook:" + id;
        }
    }

    /** A podcast of the demo catalogue, its episodes newest first. */
    record Show(String id, String name, String publisher, String description, String language,
            List<Episode> episodes) {
        String uri() {
            return "spotify:show:" + id;
        }
    }

    /**
     * An episode: {@code releaseDate} as precise as {@code precision} ({@code day}, {@code month}, {@code year});
     * {@code resumeMs} where Alex stopped listening (0: not started); {@code playable} false where the market
     * lacks it; {@code pictured} false for an episode without pictures of its own.
     */
    record Episode(String id, String name, String releaseDate, String precision, int durationMs, long resumeMs,
            boolean fullyPlayed, boolean playable, boolean explicit, boolean pictured) {
        String uri() {
            return "spotify:episode:" + id;
        }
    }

    static final String USER_ID = "alexdemo";
    static final String USER_NAME = "Alex Demo";

    private final Map<String, Artist> artists = new LinkedHashMap<>();
    private final Map<String, Track> tracks = new LinkedHashMap<>();
    private final List<Playlist> playlists = new ArrayList<>();
    private final List<Device> devices;
    /** The podcasts of the catalogue, which everyone in the household can find and play. */
    private final List<Show> shows = new ArrayList<>();
    /** The audiobooks of the catalogue; Alex has the first in the library, half heard. */
    private final List<Audiobook> audiobooks = new ArrayList<>();
    /** The liked songs ({@code GET /me/tracks}), newest first: "title/artist" keys of {@link #tracks}. */
    private final List<String> liked = new ArrayList<>();
    private final String userId;
    private final String userName;

    /**
     * @param deviceNames the household's speakers as its people name them in their language
     *        ({@link ConsoleLanguage#demoDevices()}): the device names are the only names a user gives that the skill
     *        must match against speech
     */
    DemoLibrary(List<String> deviceNames, LocalDate today) {
        this(USER_ID, USER_NAME, today, List.of(
                device(deviceNames.get(0), "Speaker", 45),
                device(deviceNames.get(1), "Speaker", 30),
                device(deviceNames.get(2), "Smartphone", 70),
                device(deviceNames.get(3), "TV", 25),
                device(deviceNames.get(4), "Speaker", 20)));
        playlist("Running Mix", "Fast songs for a fast 5k",
                "Blinding Lights|The Weeknd|After Hours|200040",
                "Don't Stop Me Now|Queen|Jazz|209413",
                "Lose Yourself|Eminem|8 Mile|326466",
                "Till I Collapse|Eminem|The Eminem Show|297786",
                "Titanium|David Guetta|Nothing but the Beat|245040",
                "Can't Hold Us|Macklemore|The Heist|258342");
        playlist("Chill Vibes", "Slow down",
                "Sunflower|Post Malone|Spider-Man: Into the Spider-Verse|158040",
                "Riptide|Vance Joy|Dream Your Life Away|204280",
                "Banana Pancakes|Jack Johnson|In Between Dreams|191760",
                "Location|Khalid|American Teen|219080",
                "Electric Feel|MGMT|Oracular Spectacular|229640");
        playlist("Road Trip", "Windows down",
                "Mr. Brightside|The Killers|Hot Fuss|222973",
                "Born to Run|Bruce Springsteen|Born to Run|270080",
                "Life Is a Highway|Tom Cochrane|Mad Mad World|264293",
                "Take Me Home, Country Roads|John Denver|Poems, Prayers & Promises|190000",
                "Fast Car|Tracy Chapman|Tracy Chapman|296800");
        playlist("Focus", "Music to concentrate",
                "Nuvole Bianche|Ludovico Einaudi|Una Mattina|357000",
                "Experience|Ludovico Einaudi|In a Time Lapse|315000",
                "Gymnopédie No. 1|Erik Satie|Gymnopédies|185000",
                "Intro|The xx|xx|127000");
        playlist("Eighties Hits", "The best of the 80s",
                "Take On Me|a-ha|Hunting High and Low|225280",
                "Billie Jean|Michael Jackson|Thriller|293826",
                "Sweet Child O' Mine|Guns N' Roses|Appetite for Destruction|356066",
                "Girls Just Want to Have Fun|Cyndi Lauper|She's So Unusual|238600",
                "Don't You (Forget About Me)|Simple Minds|Don't You (Forget About Me)|263040");
        playlist("Sommerhits für Jürgen", "Für den Grill im Garten",
                "Ein Kompliment|Sportfreunde Stiller|Die gute Seite|236000",
                "Tage wie diese|Die Toten Hosen|Ballast der Republik|260000",
                "Atemlos durch die Nacht|Helene Fischer|Farbenspiel|219000",
                "Lieblingsmensch|Namika|Nador|190000",
                "Auf uns|Andreas Bourani|Hey|233000");
        playlist("Workout", "Push harder",
                "Eye of the Tiger|Survivor|Eye of the Tiger|245000",
                "Stronger|Kanye West|Graduation|311866",
                "Power|Kanye West|My Beautiful Dark Twisted Fantasy|292093",
                "Remember the Name|Fort Minor|The Rising Tied|230493");
        playlist("Dinner Party", "Good food, good music",
                "Fly Me to the Moon|Frank Sinatra|It Might as Well Be Swing|147000",
                "Feeling Good|Nina Simone|I Put a Spell on You|177000",
                "Valerie|Amy Winehouse|Back to Black|233000",
                "Sunday Morning|Maroon 5|Songs About Jane|245000");
        playlist("Rock Classics", "Turn it up",
                "Bohemian Rhapsody|Queen|A Night at the Opera|354320",
                "Stairway to Heaven|Led Zeppelin|Led Zeppelin IV|482830",
                "Hotel California|Eagles|Hotel California|391376",
                "Smells Like Teen Spirit|Nirvana|Nevermind|301920",
                // a title with "on" in it, which Alexa hears as a device ("play life on mars", docs/voice-commands.md)
                "Life on Mars?|David Bowie|Hunky Dory|235000");
        playlist("Jazz Evening", "Late night jazz",
                "So What|Miles Davis|Kind of Blue|562000",
                "Take Five|The Dave Brubeck Quartet|Time Out|324000",
                "My Favorite Things|John Coltrane|My Favorite Things|826000");
        playlist("Morning Coffee", "Easy start",
                "Here Comes the Sun|The Beatles|Abbey Road|185733",
                "Budapest|George Ezra|Wanted on Voyage|200773",
                "Better Together|Jack Johnson|In Between Dreams|207680");
        playlist("Gute Laune", "Nur gute Songs",
                "Happy|Pharrell Williams|G I R L|233000",
                "Cheerleader|OMI|Me 4 U|180000",
                "Geiles Leben|Glasperlenspiel|Tag X|220000",
                "Can't Stop the Feeling!|Justin Timberlake|Trolls|236000",
                // "spiel tanz auf dem vulkan": heard as the sample "spiel {playlist} auf dem {device}"
                "Tanz auf dem Vulkan|Udo Lindenberg|Stärker als die Zeit|228000");
        // The documentation's own examples ("search for Daft Punk", "find songs by Adele", "find playlists about
        // rainy days", "leg Liebeslieder auf", …) find these; they come after the first pages, which stay as shown
        // in the README.
        playlist("Dance Classics", "Floor fillers",
                "Get Lucky|Daft Punk|Random Access Memories|369000",
                "One More Time|Daft Punk|Discovery|320357",
                "Shake It Off|Taylor Swift|1989|219200",
                "Uptown Funk|Mark Ronson|Uptown Special|269733");
        playlist("Rainy Days", "Songs for rainy days · canciones para días de lluvia · musica per la pioggia e le giornate"
                + " di pioggia · músicas para dia de chuva · musique pour les jours de pluie",
                "Someone Like You|Adele|21|285240",
                "Rolling in the Deep|Adele|21|228093",
                "Skinny Love|Bon Iver|For Emma, Forever Ago|238000",
                "The Night We Met|Lord Huron|Strange Trails|208000");
        playlist("Regentage", "Musik für graue Tage",
                "Mensch|Herbert Grönemeyer|Mensch|276000",
                "Der Weg|Herbert Grönemeyer|Mensch|259000",
                "Ohne dich|Münchener Freiheit|Von Anfang an|242000");
        playlist("Deep Focus", "Instrumental concentration",
                "Weightless|Marconi Union|Weightless|480000",
                "Comptine d'un autre été|Yann Tiersen|Amélie|140000",
                "Time|Hans Zimmer|Inception|275000");
        playlist("Liebeslieder", "Für zwei",
                "All of Me|John Legend|Love in the Future|269560",
                "Perfect|Ed Sheeran|Divide|263400",
                "Ich lass für dich das Licht an|Revolverheld|Immer in Bewegung|238000");
        playlist("Kinderlieder Teil 2", "Zum Mitsingen",
                "Das Lied über mich|Volker Rosin|Das Lied über mich|170000",
                "Die Affen rasen durch den Wald|Rolf Zuckowski|Rolfs Liederkalender|150000");
        playlist("Yoga Flow", "Calm music for yoga",
                "Sunrise|Norah Jones|Feels Like Home|201000",
                "Holocene|Bon Iver|Bon Iver|336000");
        // Alex's liked songs, newest first ("play my liked songs"); Sam has none ("your liked songs are empty").
        liked.addAll(List.of("Get Lucky/Daft Punk", "Blinding Lights/The Weeknd", "Ein Kompliment/Sportfreunde Stiller",
                "Here Comes the Sun/The Beatles", "Riptide/Vance Joy", "Valerie/Amy Winehouse", "Bohemian Rhapsody/Queen",
                "Take On Me/a-ha"));
    }

    private DemoLibrary(String userId, String userName, LocalDate today, List<Device> devices) {
        this.userId = userId;
        this.userName = userName;
        this.devices = devices;
        podcasts(today);
    }

    /**
     * The podcasts, dated from {@code today} so that "play yesterday's episode of the daily" always finds one: The
     * Daily every day (yesterday's half heard), Hardcore History numbered "Show 70 - …" and dated only by month,
     * Lage der Nation numbered "LdN…" once a week, its oldest episode not offered in the market.
     */
    private void podcasts(LocalDate today) {
        List<String> daily = List.of("The Year in Climate", "Inside the Budget Fight", "A Landslide in the Alps",
                "The Race for Quantum Computers", "What Happened at the Summit", "The Return of the Bison",
                "Why Eggs Got So Expensive", "The Week in Politics", "A New Kind of Cancer Drug",
                "The Long Road to the Moon", "How a Heat Wave Changed a City", "The Battle Over Short Videos",
                "A Verdict in Washington", "The Lost Art of Letter Writing");
        List<Episode> dailyEpisodes = new ArrayList<>();
        for (int i = 0; i < daily.size(); i++) {
            // yesterday's episode is the one Alex stopped in, twelve and a half minutes in
            dailyEpisodes.add(new Episode(base62("episode/daily/" + i), daily.get(i),
                    today.minusDays(i).toString(), "day", 1_500_000 + i * 60_000, i == 1 ? 754_000 : 0,
                    i > 2, true, false, i % 3 != 2));
        }
        shows.add(new Show(base62("show/The Daily"), "The Daily", "The New York Times",
                "This is what the news should sound like.", "en", List.copyOf(dailyEpisodes)));
        List<Episode> history = new ArrayList<>();
        String[] titles = {"Show 70 - Twilight of the Aesir", "Show 69 - Mania for Subjugation IV",
                "Show 68 - Mania for Subjugation III"};
        for (int i = 0; i < titles.length; i++) {
            LocalDate month = today.minusMonths(2L * i);
            // Alex saved the newest and stopped an hour in
            history.add(new Episode(base62("episode/history/" + i), titles[i],
                    month.getYear() + "-" + String.format("%02d", month.getMonthValue()), "month",
                    18_000_000 - i * 600_000, i == 0 ? 3_600_000 : 0, false, true, true, true));
        }
        shows.add(new Show(base62("show/Hardcore History"), "Hardcore History", "Dan Carlin",
                "In Hardcore History, journalist and broadcaster Dan Carlin takes his own approach to history.", "en",
                List.copyOf(history)));
        List<Episode> lage = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lage.add(new Episode(base62("episode/ldn/" + i), "LdN" + (400 - i) + " Haushalt, Bahn, Wärmepumpen",
                    today.minusDays(7L * i).toString(), "day", 5_400_000, 0, false, i < 3, false, true));
        }
        shows.add(new Show(base62("show/Lage der Nation"), "Lage der Nation", "Philip Banse & Ulf Buermeyer",
                "Der Podcast zur Lage der Nation.", "de", List.copyOf(lage)));
        // chapters heard to the end, the third twenty minutes in, the rest not started
        List<Episode> chapters = new ArrayList<>();
        String[] names = {"Opening Credits", "Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4"};
        for (int i = 0; i < names.length; i++) {
            chapters.add(new Episode(base62("chapter/hail-mary/" + i), names[i], "2021-05-04", "day", 1_500_000,
                    i < 2 ? 1_500_000 : i == 2 ? 1_234_000 : 0, i < 2, true, false, true));
        }
        audiobooks.add(new Audiobook(base62("audiobook/Project Hail Mary"), "Project Hail Mary", "Andy Weir",
                "Ray Porter", List.copyOf(chapters)));
    }

    List<Show> shows() {
        return shows;
    }

    List<Audiobook> audiobooks() {
        return audiobooks;
    }

    /** Alex's audiobooks (Sam has none). */
    List<Audiobook> savedAudiobooks() {
        return userId.equals(USER_ID) ? List.of(audiobooks.getFirst()) : List.of();
    }

    /** The podcasts Alex follows, most recently followed first; Sam follows none. */
    List<Show> followedShows() {
        return userId.equals(USER_ID) ? List.of(shows.get(0), shows.get(2)) : List.of();
    }

    /** The episodes Alex saved, newest first: Hardcore History's newest. */
    List<Episode> savedEpisodes() {
        return userId.equals(USER_ID) ? List.of(shows.get(1).episodes().getFirst()) : List.of();
    }

    /** The show an episode belongs to. */
    Show showOf(Episode episode) {
        return shows.stream().filter(show -> show.episodes().contains(episode)).findFirst().orElseThrow();
    }

    /**
     * Sam, who lives with Alex and linked his own Spotify for the skill (a recognised speaker with "Personalize
     * skills" on): other playlists and his own phone, the same speakers at home.
     */
    static DemoLibrary sam(List<String> deviceNames, LocalDate today) {
        DemoLibrary sam = new DemoLibrary("samdemo", "Sam Demo", today, List.of(
                device(deviceNames.get(0), "Speaker", 45),
                device(deviceNames.get(1), "Speaker", 30),
                device(deviceNames.get(5), "Smartphone", 55)));
        sam.playlist("Skate Punk", "Fast and loud",
                "All the Small Things|blink-182|Enema of the State|167066",
                "Basket Case|Green Day|Dookie|181533",
                "The Middle|Jimmy Eat World|Bleed American|165853");
        sam.playlist("Study Beats", "Lo-fi to think to",
                "Nuvole Bianche|Ludovico Einaudi|Una Mattina|357000",
                "Experience|Ludovico Einaudi|In a Time Lapse|315000");
        return sam;
    }

    String userId() {
        return userId;
    }

    String userName() {
        return userName;
    }

    List<Playlist> playlists() {
        return playlists;
    }

    List<Device> devices() {
        return devices;
    }

    List<Track> tracks() {
        return List.copyOf(tracks.values());
    }

    /** The liked songs the account starts with, newest first; "save this song" adds newer ones in the demo. */
    List<Track> likedSongs() {
        return liked.stream().map(key -> tracks.get(base62(key))).filter(Objects::nonNull).toList();
    }

    /** The artists the demo user listens to most in a Spotify time range. */
    List<Artist> topArtists(String timeRange) {
        List<String> names = switch (timeRange) {
            case "short_term" -> List.of("The Weeknd", "Eminem", "Sportfreunde Stiller", "Queen", "Ludovico Einaudi");
            case "long_term" -> List.of("Queen", "The Beatles", "Michael Jackson", "Nirvana", "Miles Davis");
            default -> List.of("Queen", "The Weeknd", "Jack Johnson", "Die Toten Hosen", "Kanye West");
        };
        return names.stream().map(name -> artists.get(base62(name))).filter(Objects::nonNull).toList();
    }

    List<Track> topTracks(String timeRange) {
        List<String> names = switch (timeRange) {
            case "short_term" -> List.of("Blinding Lights", "Ein Kompliment", "Lose Yourself", "Nuvole Bianche");
            case "long_term" -> List.of("Bohemian Rhapsody", "Billie Jean", "Here Comes the Sun", "So What");
            default -> List.of("Blinding Lights", "Don't Stop Me Now", "Banana Pancakes", "Tage wie diese");
        };
        return names.stream()
                .flatMap(name -> tracks.values().stream().filter(track -> track.name().equals(name)).findFirst().stream())
                .toList();
    }

    private static Device device(String name, String type, int volumePercent) {
        return new Device(hex(name), name, type, volumePercent);
    }

    private void playlist(String name, String description, String... songs) {
        List<Track> entries = new ArrayList<>();
        for (String song : songs) {
            String[] field = song.split("\\|");
            Artist artist = artists.computeIfAbsent(base62(field[1]), id -> new Artist(id, field[1],
                    List.of(field[1].length() % 2 == 0 ? "pop" : "rock"), 60 + field[1].length() % 35,
                    100_000 * (field[1].length() + 3)));
            entries.add(tracks.computeIfAbsent(base62(field[0] + "/" + field[1]),
                    id -> new Track(id, field[0], artist, field[2], Integer.parseInt(field[3]))));
        }
        playlists.add(new Playlist(base62(name), name, description, List.copyOf(entries)));
    }

    /** A stable Spotify-shaped id (22 base62 characters) for a name. */
    static String base62(String name) {
        String alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder id = new StringBuilder();
        for (byte b : sha256(name)) {
            if (id.length() == 22) {
                break;
            }
            id.append(alphabet.charAt((b & 0xff) % alphabet.length()));
        }
        return id.toString();
    }

    private static String hex(String name) {
        StringBuilder id = new StringBuilder();
        for (byte b : sha256(name)) {
            id.append(String.format("%02x", b));
        }
        return id.substring(0, 40);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
