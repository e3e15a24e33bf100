import Hummingbird
import HummingbirdWebSocket
public enum ServerPlaceholder {}
