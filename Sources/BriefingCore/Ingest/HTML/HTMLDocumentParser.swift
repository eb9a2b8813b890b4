import CLibXML2

/// Parses a saved web page with libxml2's HTML parser (error-tolerant, like a browser) into
/// `HTMLNode` values. The only file that talks to libxml2: every C pointer is freed before
/// `parse` returns.
enum HTMLDocumentParser {
    /// Elements dropped while converting: never article text.
    private static let droppedElements: Set<String> = [
        "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
        "button", "input", "select", "textarea", "option", "map", "audio", "video", "source",
    ]

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The document element of `bytes`, or `nil` when libxml2 finds no document at all.
    /// Valid UTF-8 is read as UTF-8; otherwise the page's own `<meta charset>` decides.
    /// libxml2's default nesting limit (256 elements) stays on: it bounds the recursion here.
    /// `isValidUTF8` spares the check when the caller has made it.
    static func parse(_ bytes: [UInt8], isValidUTF8: Bool? = nil) -> HTMLNode? {
        precondition(initialized)
        let encoding: String? = isValidUTF8 ?? (String(validating: bytes, as: UTF8.self) != nil) ? "UTF-8" : nil
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlReadMemory(chars, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return convert(root)
    }

    private static func convert(_ node: xmlNodePtr) -> HTMLNode? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return .text(string(node.pointee.content))
        case XML_ELEMENT_NODE:
            let name = string(node.pointee.name).lowercased()
            guard !droppedElements.contains(name) else { return nil }
            var attributes: [String: String] = [:]
            var attribute = node.pointee.properties
            while let a = attribute {
                let key = string(a.pointee.name).lowercased()
                var value = ""
                var part = a.pointee.children
                while let p = part {
                    value += string(p.pointee.content)
                    part = p.pointee.next
                }
                attributes[key] = value
                attribute = a.pointee.next
            }
            if name == "script" && attributes["type"]?.lowercased() != "application/ld+json" { return nil }
            var children: [HTMLNode] = []
            var child = node.pointee.children
            while let c = child {
                if let converted = convert(c) { children.append(converted) }
                child = c.pointee.next
            }
            return .element(name, attributes, children)
        default:
            return nil
        }
    }

    private static func string(_ chars: UnsafePointer<xmlChar>?) -> String {
        guard let chars else { return "" }
        return String(cString: chars)
    }
}
