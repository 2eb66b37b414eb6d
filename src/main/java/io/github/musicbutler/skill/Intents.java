package io.github.musicbutler.skill;

/**
 * The intents and slots of the interaction models ({@code skill-package/interactionModels/custom/*.json}), by the
 * names Alexa sends. Handlers name them only through these constants, each handler its own in
 * {@link IntentHandler#intents()}; {@code InteractionModelTest} checks every constant against the three models. An
 * intent with slots is a nested class: {@code NAME} is the intent, every other constant one of its slots.
 */
public final class Intents {

    private Intents() {
    }

    // Alexa's built-in intents the skill answers
    public static final String HELP = "AMAZON.HelpIntent";
    public static final String STOP = "AMAZON.StopIntent";
    public static final String CANCEL = "AMAZON.CancelIntent";
    public static final String FALLBACK = "AMAZON.FallbackIntent";
    public static final String NAVIGATE_HOME = "AMAZON.NavigateHomeIntent";
    public static final String YES = "AMAZON.YesIntent";
    public static final String NO = "AMAZON.NoIntent";
    public static final String MORE = "AMAZON.MoreIntent";
    public static final String PAUSE = "AMAZON.PauseIntent";
    public static final String RESUME = "AMAZON.ResumeIntent";
    public static final String NEXT = "AMAZON.NextIntent";
    public static final String PREVIOUS = "AMAZON.PreviousIntent";
    public static final String SHUFFLE_ON = "AMAZON.ShuffleOnIntent";
    public static final String SHUFFLE_OFF = "AMAZON.ShuffleOffIntent";
    public static final String LOOP_ON = "AMAZON.LoopOnIntent";
    public static final String LOOP_OFF = "AMAZON.LoopOffIntent";

    // The skill's own intents without slots
    public static final String LIST_PLAYLISTS = "ListPlaylistsIntent";
    public static final String WHATS_PLAYING = "WhatsPlayingIntent";
    public static final String LIST_DEVICES = "ListDevicesIntent";
    public static final String SAVE_CURRENT_TRACK = "SaveCurrentTrackIntent";
    public static final String REPEAT_TRACK = "RepeatTrackIntent";
    public static final String VOLUME_UP = "VolumeUpIntent";
    public static final String VOLUME_DOWN = "VolumeDownIntent";
    public static final String MUTE = "MuteIntent";
    /** "Start this song over". */
    public static final String START_OVER = "StartOverIntent";
    /** "Play it faster": Spotify's Web API has no playback speed, which the answer says. */
    public static final String PLAYBACK_SPEED = "PlaybackSpeedIntent";
    /** "What podcasts do I follow". */
    public static final String LIST_PODCASTS = "ListPodcastsIntent";
    /** "Follow this podcast": the show of the episode playing. */
    public static final String FOLLOW_PODCAST = "FollowPodcastIntent";
    /** "Continue my audiobook". */
    public static final String CONTINUE_AUDIOBOOK = "ContinueAudiobookIntent";

    /** "Play Running Mix (on the kitchen speaker)"; also how the name of an offered option is heard. */
    public static final class PlayPlaylist {
        public static final String NAME = "PlayPlaylistIntent";
        public static final String PLAYLIST = "playlist";
        public static final String DEVICE = "device";

        private PlayPlaylist() {
        }
    }

    public static final class PlaylistContents {
        public static final String NAME = "PlaylistContentsIntent";
        public static final String PLAYLIST = "playlist";

        private PlaylistContents() {
        }
    }

    /** "Add this song to Running Mix": the playing track goes onto one of the user's own playlists. */
    public static final class AddToPlaylist {
        public static final String NAME = "AddToPlaylistIntent";
        public static final String PLAYLIST = "playlist";

        private AddToPlaylist() {
        }
    }

    public static final class PlayOnDevice {
        public static final String NAME = "PlayOnDeviceIntent";
        public static final String DEVICE = "device";

        private PlayOnDevice() {
        }
    }

    public static final class TopArtists {
        public static final String NAME = "TopArtistsIntent";
        public static final String TIME_RANGE = "timeRange";

        private TopArtists() {
        }
    }

    public static final class TopTracks {
        public static final String NAME = "TopTracksIntent";
        public static final String TIME_RANGE = "timeRange";

        private TopTracks() {
        }
    }

    public static final class Search {
        public static final String NAME = "SearchIntent";
        public static final String QUERY = "query";

        private Search() {
        }
    }

    public static final class SearchPlaylists {
        public static final String NAME = "SearchPlaylistsIntent";
        public static final String QUERY = "query";

        private SearchPlaylists() {
        }
    }

    public static final class SearchArtistTracks {
        public static final String NAME = "SearchArtistTracksIntent";
        public static final String ARTIST = "artist";

        private SearchArtistTracks() {
        }
    }

    /** "Play the song Bohemian Rhapsody (by Queen) (on the kitchen speaker)": a song of the catalog. */
    public static final class PlaySong {
        public static final String NAME = "PlaySongIntent";
        public static final String SONG = "song";
        public static final String ARTIST = "artist";
        public static final String DEVICE = "device";

        private PlaySong() {
        }
    }

    /** "Play the album Random Access Memories (by Daft Punk) (on …)": an album of the catalog. */
    public static final class PlayAlbum {
        public static final String NAME = "PlayAlbumIntent";
        public static final String ALBUM = "album";
        public static final String ARTIST = "artist";
        public static final String DEVICE = "device";

        private PlayAlbum() {
        }
    }

    /** "Play music by Adele", "play something by Adele (on …)": an artist of the catalog. */
    public static final class PlayArtist {
        public static final String NAME = "PlayArtistIntent";
        public static final String ARTIST = "artist";
        public static final String DEVICE = "device";

        private PlayArtist() {
        }
    }

    /** "Queue Bohemian Rhapsody", "add … (by …) to the queue", "play … next": a catalog song to the queue. */
    public static final class QueueSong {
        public static final String NAME = "QueueSongIntent";
        public static final String SONG = "song";
        public static final String ARTIST = "artist";

        private QueueSong() {
        }
    }

    /** "Add this (song) to the queue": ambiguous, answered with what to say instead. */
    public static final String QUEUE_THIS = "QueueThisIntent";

    /** "Play my liked songs (on the kitchen speaker)". */
    public static final class PlayLikedSongs {
        public static final String NAME = "PlayLikedSongsIntent";
        public static final String DEVICE = "device";

        private PlayLikedSongs() {
        }
    }

    /** "Shuffle my liked songs (on the kitchen speaker)". */
    public static final class ShuffleLikedSongs {
        public static final String NAME = "ShuffleLikedSongsIntent";
        public static final String DEVICE = "device";

        private ShuffleLikedSongs() {
        }
    }

    /** "Shuffle running mix (on the kitchen speaker)": one of the user's playlists, from a random song, shuffled. */
    public static final class ShufflePlaylist {
        public static final String NAME = "ShufflePlaylistIntent";
        public static final String PLAYLIST = "playlist";
        public static final String DEVICE = "device";

        private ShufflePlaylist() {
        }
    }

    /** "Set the volume to forty": {@code volume} is a number, percent. */
    public static final class SetVolume {
        public static final String NAME = "SetVolumeIntent";
        public static final String VOLUME = "volume";

        private SetVolume() {
        }
    }

    /** "Skip ahead thirty seconds": {@code seconds} is a number. */
    public static final class SkipForward {
        public static final String NAME = "SkipForwardIntent";
        public static final String SECONDS = "seconds";

        private SkipForward() {
        }
    }

    /** "Go back ten seconds": {@code seconds} is a number. */
    public static final class SkipBackward {
        public static final String NAME = "SkipBackwardIntent";
        public static final String SECONDS = "seconds";

        private SkipBackward() {
        }
    }

    /** "The second one": the answer to an offer of several options. */
    public static final class SelectOption {
        public static final String NAME = "SelectOptionIntent";
        public static final String POSITION = "position";

        private SelectOption() {
        }
    }

    /**
     * "Play the podcast The Daily", "play the latest episode of The Daily", "play yesterday's episode of The Daily"
     * ({@code date}), "play episode two hundred of Hardcore History" ({@code number}).
     */
    public static final class PlayPodcast {
        public static final String NAME = "PlayPodcastIntent";
        public static final String SHOW = "show";
        public static final String DATE = "date";
        public static final String NUMBER = "number";

        private PlayPodcast() {
        }
    }

    /** "Continue my podcast", "continue where I left off" (no show), "resume the daily" ({@code show}). */
    public static final class ContinuePodcast {
        public static final String NAME = "ContinuePodcastIntent";
        public static final String SHOW = "show";

        private ContinuePodcast() {
        }
    }

    /** "Is there a new episode of The Daily" ({@code show}); "any new episodes" (the shows followed). */
    public static final class NewEpisodes {
        public static final String NAME = "NewEpisodesIntent";
        public static final String SHOW = "show";

        private NewEpisodes() {
        }
    }

    /** "Play the audiobook ‹title›". */
    public static final class PlayAudiobook {
        public static final String NAME = "PlayAudiobookIntent";
        public static final String TITLE = "title";

        private PlayAudiobook() {
        }
    }
}
