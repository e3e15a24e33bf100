import CPNG
import Foundation

/// PNG reading and writing through libpng's simplified API (png_image).
public enum PNGFile {
    /// Writes `image` to `path` atomically (a temporary file renamed into place).
    public static func write(_ image: RasterImage, to path: String) throws {
        var files = StagedFiles()
        do {
            try writeNew(image, at: files.stage(path), for: path)
            try files.commit()
        } catch {
            files.discard()
            throw error
        }
    }

    /// Writes `image` to the new file `temporary`, reporting failures as failures to write `path`.
    static func writeNew(_ image: RasterImage, at temporary: String, for path: String) throws {
        var descriptor = png_image()
        descriptor.version = UInt32(PNG_IMAGE_VERSION)
        descriptor.width = UInt32(image.width)
        descriptor.height = UInt32(image.height)
        descriptor.format = format(channels: image.channels)
        let ok = image.pixels.withUnsafeBufferPointer { buffer in
            png_image_write_to_file(&descriptor, temporary, 0, buffer.baseAddress, 0, nil)
        }
        defer { png_image_free(&descriptor) }
        guard ok != 0 else {
            unlink(temporary)
            let failure = message(of: &descriptor)
            throw PlotError.unwritable(path: path, reason: failure + (failure.contains("space") ? FileSpace.freeSpaceSuffix(near: path) : ""))
        }
    }

    /// Reads a PNG as 8-bit gray, RGB or RGBA (`channels`; nil keeps the file's own channel count, alpha included).
    public static func read(from path: String, channels: Int? = nil) throws -> RasterImage {
        var descriptor = png_image()
        descriptor.version = UInt32(PNG_IMAGE_VERSION)
        guard png_image_begin_read_from_file(&descriptor, path) != 0 else {
            throw PlotError.png(path: path, message: message(of: &descriptor))
        }
        defer { png_image_free(&descriptor) }
        let fileChannels = (descriptor.format & 2 != 0 ? 3 : 1) + (descriptor.format & 1 != 0 ? 1 : 0)
        let wanted = channels ?? (fileChannels == 2 ? 4 : fileChannels)
        descriptor.format = format(channels: wanted)
        var pixels = [UInt8](repeating: 0, count: Int(descriptor.width) * Int(descriptor.height) * wanted)
        let ok = pixels.withUnsafeMutableBufferPointer { buffer in
            png_image_finish_read(&descriptor, nil, buffer.baseAddress, 0, nil)
        }
        guard ok != 0 else { throw PlotError.png(path: path, message: message(of: &descriptor)) }
        return RasterImage(width: Int(descriptor.width), height: Int(descriptor.height), channels: wanted, pixels: pixels)
    }

    /// libpng's format code: PNG_FORMAT_GRAY 0, PNG_FORMAT_RGB 2 (colour flag), PNG_FORMAT_RGBA 3 (colour | alpha).
    private static func format(channels: Int) -> UInt32 {
        switch channels {
        case 1: 0
        case 3: 2
        default: 3
        }
    }

    private static func message(of descriptor: inout png_image) -> String {
        withUnsafeBytes(of: &descriptor.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
