briefingSearch.terms("sy",{"system":[1,1]});
