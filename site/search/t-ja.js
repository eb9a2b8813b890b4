briefingSearch.terms("ja",{"january":[1,1]});
