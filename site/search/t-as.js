briefingSearch.terms("as",{"assistance":[1,1]});
